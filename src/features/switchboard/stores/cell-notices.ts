import { create } from 'zustand'

// Messages the grid shows beside a cell after a switch: why it failed (with the REST
// code for support) or, for built-in channels, that setup continues in the Contact
// Center. UI state only: the cell's on/off truth stays in the react-query cache.

export type CellNotice =
  { kind: 'failed'; target: boolean; code: string; message: string } | { kind: 'needs-setup' }

interface CellNoticesState {
  notices: Record<string, CellNotice>
  /** The last sentence for the polite live region; `seq` makes a repeat announce again. */
  announcement: { text: string; seq: number }
  actions: {
    switchFailed: (
      cellKey: string,
      notice: Extract<CellNotice, { kind: 'failed' }>,
      /** For the live region; none when a summary announces the failures together. */
      announce: string | undefined,
    ) => void
    setupNeeded: (cellKey: string) => void
    switchStarted: (cellKey: string) => void
    dismissed: (cellKey: string) => void
    reset: () => void
  }
}

const initial = { notices: {}, announcement: { text: '', seq: 0 } }

const useCellNoticesStore = create<CellNoticesState>()((set) => ({
  ...initial,
  actions: {
    switchFailed: (cellKey, notice, announce) =>
      set((state) => ({
        notices: { ...state.notices, [cellKey]: notice },
        announcement:
          announce === undefined
            ? state.announcement
            : { text: announce, seq: state.announcement.seq + 1 },
      })),
    setupNeeded: (cellKey) =>
      set((state) => ({ notices: { ...state.notices, [cellKey]: { kind: 'needs-setup' } } })),
    switchStarted: (cellKey) =>
      set((state) => {
        if (!(cellKey in state.notices)) return state
        const { [cellKey]: _cleared, ...rest } = state.notices
        return { notices: rest }
      }),
    dismissed: (cellKey) =>
      set((state) => {
        const { [cellKey]: _cleared, ...rest } = state.notices
        return { notices: rest }
      }),
    reset: () => set(initial),
  },
}))

export const useCellNotice = (cellKey: string) =>
  useCellNoticesStore((state) => state.notices[cellKey])
export const useAnnouncement = () => useCellNoticesStore((state) => state.announcement)
export const useCellNoticeActions = () => useCellNoticesStore((state) => state.actions)
/** For non-React callers (mutation callbacks run outside components). */
export const cellNoticeActions = () => useCellNoticesStore.getState().actions
export const cellNoticeCount = () =>
  Object.values(useCellNoticesStore.getState().notices).filter((n) => n.kind === 'failed').length
