import { create } from 'zustand'

// The progress and outcome of the bulk change under way or just finished: the app's own
// operation, not portal data (each cell's state stays in the react-query cache).

export interface BulkFailure {
  key: string
  lineId: string
  connectorId: string
  /** "Telegram on Sales", in the app's language. */
  label: string
  code: string
  message: string
}

export interface BulkRun {
  id: number
  on: boolean
  status: 'running' | 'finished' | 'cancelled'
  /** Cells sent or to be sent (those already in the wanted state are not). */
  total: number
  /** Lines with at least one cell to send. */
  lines: number
  /** Cells already in the wanted state: counted, not sent. */
  skipped: number
  done: number
  failed: BulkFailure[]
  /** Cancelled before they were sent. */
  notSent: number
  /** Lines whose every cell has an outcome. */
  linesSettled: number
  /** Cancel pressed: what was sent still answers, the rest is not sent. */
  cancelRequested: boolean
}

interface BulkRunState {
  run: BulkRun | undefined
  actions: {
    started: (run: Pick<BulkRun, 'id' | 'on' | 'total' | 'lines' | 'skipped'>) => void
    cellDone: (id: number, lineSettled: boolean) => void
    cellFailed: (id: number, failure: BulkFailure, lineSettled: boolean) => void
    cellNotSent: (id: number, lineSettled: boolean) => void
    cancelRequested: (id: number) => void
    finished: (id: number) => void
    dismissed: () => void
    reset: () => void
  }
}

function update(
  set: (fn: (state: BulkRunState) => Partial<BulkRunState>) => void,
  id: number,
  change: (run: BulkRun) => Partial<BulkRun>,
) {
  // A late answer from an earlier run never writes into the next one.
  set((state) => (state.run?.id === id ? { run: { ...state.run, ...change(state.run) } } : {}))
}

const useBulkRunStore = create<BulkRunState>()((set) => ({
  run: undefined,
  actions: {
    started: (run) =>
      set({
        run: {
          ...run,
          status: 'running',
          done: 0,
          failed: [],
          notSent: 0,
          linesSettled: 0,
          cancelRequested: false,
        },
      }),
    cellDone: (id, lineSettled) =>
      update(set, id, (run) => ({
        done: run.done + 1,
        linesSettled: run.linesSettled + (lineSettled ? 1 : 0),
      })),
    cellFailed: (id, failure, lineSettled) =>
      update(set, id, (run) => ({
        failed: [...run.failed, failure],
        linesSettled: run.linesSettled + (lineSettled ? 1 : 0),
      })),
    cellNotSent: (id, lineSettled) =>
      update(set, id, (run) => ({
        notSent: run.notSent + 1,
        linesSettled: run.linesSettled + (lineSettled ? 1 : 0),
      })),
    cancelRequested: (id) => update(set, id, () => ({ cancelRequested: true })),
    finished: (id) =>
      update(set, id, (run) => ({ status: run.cancelRequested ? 'cancelled' : 'finished' })),
    dismissed: () => set((state) => (state.run?.status === 'running' ? {} : { run: undefined })),
    reset: () => set({ run: undefined }),
  },
}))

export const useBulkRun = () => useBulkRunStore((state) => state.run)
export const useBulkRunning = () => useBulkRunStore((state) => state.run?.status === 'running')
export const bulkRunActions = () => useBulkRunStore.getState().actions
