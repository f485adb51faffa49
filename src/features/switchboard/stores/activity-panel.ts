import { create } from 'zustand'

// Whether the Activity side panel is open: UI state, like the confirmation dialog's.

interface ActivityPanelState {
  open: boolean
  actions: { toggled: () => void; closed: () => void }
}

const useActivityPanelStore = create<ActivityPanelState>()((set) => ({
  open: false,
  actions: {
    toggled: () => set((state) => ({ open: !state.open })),
    closed: () => set({ open: false }),
  },
}))

export const useActivityPanelOpen = () => useActivityPanelStore((state) => state.open)
export const useActivityPanelActions = () => useActivityPanelStore((state) => state.actions)
export const resetActivityPanel = () => useActivityPanelStore.setState({ open: false })

/** The toolbar button's id: the panel gives focus back to it when it closes. */
export const ACTIVITY_BUTTON_ID = 'activity-button'
export const ACTIVITY_PANEL_ID = 'activity-panel'
