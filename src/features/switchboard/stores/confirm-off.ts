import { create } from 'zustand'
import type { CellAddress } from '../api/load-matrix'

// Switching a connector off deletes its settings on that line, so the grid asks first.
// "Don't ask again" lasts for this session only (this page), never longer.

export interface OffRequest extends CellAddress {
  lineName: string
  connectorName: string
}

interface ConfirmOffState {
  request: OffRequest | undefined
  skipForSession: boolean
  actions: {
    asked: (request: OffRequest) => void
    answered: (options: { skipFromNowOn: boolean }) => void
    cancelled: () => void
    reset: () => void
  }
}

const useConfirmOffStore = create<ConfirmOffState>()((set) => ({
  request: undefined,
  skipForSession: false,
  actions: {
    asked: (request) => set({ request }),
    answered: ({ skipFromNowOn }) =>
      set((state) => ({
        request: undefined,
        skipForSession: state.skipForSession || skipFromNowOn,
      })),
    cancelled: () => set({ request: undefined }),
    reset: () => set({ request: undefined, skipForSession: false }),
  },
}))

export const useOffRequest = () => useConfirmOffStore((state) => state.request)
export const useSkipOffConfirmation = () => useConfirmOffStore((state) => state.skipForSession)
export const useConfirmOffActions = () => useConfirmOffStore((state) => state.actions)
/** For test set-up and sign-out: forget the question and the "don't ask again" choice. */
export const resetConfirmOff = () => useConfirmOffStore.getState().actions.reset()
