import {
  MutationObserver,
  mutationOptions,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { usePortal } from '../../../app/portal-context'
import type { PortalClient } from '../../../bitrix/client'
import { toPortalError, type PortalError } from '../../../bitrix/errors'
import { errorMessage } from '../../../i18n/error-message'
import { useFixedT } from '../../../i18n/use-fixed-t'
import { cellKey, statusAfterSwitch } from '../model'
import { activityActions, type ActivityItem } from '../stores/activity-log'
import { cellNoticeActions } from '../stores/cell-notices'
import { NOT_SENT } from './activation-batcher'
import { loadCellStates, type CellAddress, type MatrixCell } from './load-matrix'
import type { Row } from './row-loader'
import { rowHash, switchboardKeys } from './query-keys'

export interface SwitchVariables {
  /** The absolute state the user asked for, decided at click time; never "flip". */
  on: boolean
}

interface SwitchTracking {
  /** Bumped on every switch of a cell, so a re-read started earlier never overwrites it. */
  versions: Map<string, number>
  /** Cells switched since the last re-read. */
  touched: Map<string, CellAddress>
  /** Per cell, switches sent (or about to be) whose answer has not come back yet. */
  unanswered: Map<string, number>
  /**
   * Per cell with switches pending: what the portal held before the first of them, moved
   * forward by each one that succeeds. A failed switch undoes to this, never to the
   * optimistic value of an earlier switch that may itself have failed.
   */
  base: Map<string, MatrixCell | undefined>
  /** Rows whose read was cancelled by a switch: read again once the last switch settles. */
  rowsToRefetch: Set<string>
  /**
   * Switches begun and not yet settling. Not `isMutating`: switches answered in one request
   * settle together, each still pending while the others look, so none saw itself the last.
   */
  unsettled: number
  /** A settled switch is reading the touched cells back; later ones leave the cells to it. */
  rereading: boolean
}

const tracking = new WeakMap<QueryClient, SwitchTracking>()

function trackingFor(queryClient: QueryClient): SwitchTracking {
  let found = tracking.get(queryClient)
  if (!found) {
    found = {
      versions: new Map(),
      touched: new Map(),
      unanswered: new Map(),
      base: new Map(),
      rowsToRefetch: new Set(),
      unsettled: 0,
      rereading: false,
    }
    tracking.set(queryClient, found)
  }
  return found
}

/** Replaces one cell of one row in the cache; every other cell keeps its identity. */
export function writeCell(
  queryClient: QueryClient,
  portalKey: string,
  address: CellAddress,
  cell: MatrixCell,
): void {
  queryClient.setQueryData<Row>(switchboardKeys.row(portalKey, address.lineId), (row) =>
    row ? { ...row, [address.connectorId]: cell } : row,
  )
}

function readCell(queryClient: QueryClient, portalKey: string, address: CellAddress) {
  return queryClient.getQueryData<Row>(switchboardKeys.row(portalKey, address.lineId))?.[
    address.connectorId
  ]
}

/**
 * After the last pending switch settles, the cells switched since the previous re-read
 * are read back from the portal (through batch) and written one by one, so the screen
 * ends equal to the portal without reloading the whole matrix.
 */
async function rereadTouched(queryClient: QueryClient, client: PortalClient, portalKey: string) {
  const track = trackingFor(queryClient)
  const addresses = [...track.touched.values()]
  track.touched.clear()
  if (addresses.length === 0) return
  const started = new Map(
    addresses.map((a) => [
      cellKey(a.lineId, a.connectorId),
      track.versions.get(cellKey(a.lineId, a.connectorId)),
    ]),
  )
  let states
  try {
    states = await loadCellStates(client, addresses)
  } catch {
    // The switches' results stand in the cache; read their rows again through the queries,
    // whose retry and refetch rules take over from here.
    for (const lineId of new Set(addresses.map((a) => a.lineId))) {
      void queryClient.invalidateQueries({ queryKey: switchboardKeys.row(portalKey, lineId) })
    }
    return
  }
  for (const { address, cell } of states) {
    const key = cellKey(address.lineId, address.connectorId)
    if (track.versions.get(key) !== started.get(key)) continue
    if (cell.status === 'unknown') continue
    writeCell(queryClient, portalKey, address, cell)
  }
}

/** One row's query, by hash: `isFetching`/`cancelQueries` with a key filter run on each click. */
function rowQuery(queryClient: QueryClient, portalKey: string, lineId: string) {
  return queryClient.getQueryCache().get(rowHash(portalKey, lineId))
}

function isRowFetching(queryClient: QueryClient, portalKey: string, lineId: string): boolean {
  return rowQuery(queryClient, portalKey, lineId)?.state.fetchStatus === 'fetching'
}

/** As cancelQueries does for one query: stop its read and keep what the cache holds. */
async function cancelRowRead(queryClient: QueryClient, portalKey: string, lineId: string) {
  await rowQuery(queryClient, portalKey, lineId)?.cancel({ revert: true })
}

function scopeId(portalKey: string, key: string): string {
  return `switch:${portalKey}:${key}`
}

/** Stands for "a switch was on its way": equal to no count, so the cell counts as switched. */
const SWITCH_ON_ITS_WAY = -1

/** The switch count of each cell of a row, taken when a read of the row begins. */
export function cellVersions(
  queryClient: QueryClient,
  lineId: string,
  connectorIds: readonly string[],
): Map<string, number | undefined> {
  const { versions, unanswered } = trackingFor(queryClient)
  const found = new Map<string, number | undefined>()
  // Most reads start with no switch ever made: no keys to build for a thousand rows.
  if (versions.size === 0) return found
  for (const id of connectorIds) {
    const key = cellKey(lineId, id)
    // The read may reach the portal before a switch still unanswered does, and land after
    // that switch settled, when nothing else marks the cell as switching any more.
    found.set(id, unanswered.has(key) ? SWITCH_ON_ITS_WAY : versions.get(key))
  }
  return found
}

/**
 * A row read from the portal, less the cells switched since the read began, on their way
 * when it began, or still being switched: the read may have reached the portal before those
 * switches, so those cells keep what the screen shows and their switches' own re-read
 * settles them.
 */
export function keepNewerSwitches(
  queryClient: QueryClient,
  portalKey: string,
  lineId: string,
  fetched: Row,
  before: Map<string, number | undefined>,
): Row {
  const { versions } = trackingFor(queryClient)
  const current = queryClient.getQueryData<Row>(switchboardKeys.row(portalKey, lineId))
  if (!current) return fetched
  let kept: Row | undefined
  for (const connectorId of Object.keys(fetched)) {
    const key = cellKey(lineId, connectorId)
    const switching =
      versions.get(key) !== before.get(connectorId) ||
      queryClient.isMutating({
        predicate: (mutation) => mutation.options.scope?.id === scopeId(portalKey, key),
      }) > 0
    const shown = current[connectorId]
    if (switching && shown) {
      kept ??= { ...fetched }
      kept[connectorId] = shown
    }
  }
  return kept ?? fetched
}

export interface SwitchTarget extends CellAddress {
  builtin: boolean
  /** For the announcement: "Viber on Sales was not switched on: …" (in the app's language). */
  label: string
  /** For the activity log, as the user sees them now. */
  lineName: string
  connectorName: string
}

/** Told how each switch ended, a failed one superseded by a newer click included. */
export type SwitchReport = (item: ActivityItem) => void

/** The sentences a failed switch shows and announces, in the app's language. */
export interface SwitchTexts {
  /** The user's sentence for the error. */
  error(error: PortalError): string
  /** The announcement: "{label} was not switched on. {message}". */
  failed(label: string, on: boolean, message: string): string
}

/** How a switch that is part of a bulk change differs from a click. */
export interface SwitchDelivery {
  /** Sends the switch (a bulk change packs them into batches); a click calls the portal. */
  send?: (address: CellAddress, on: boolean) => Promise<unknown>
  /** The bulk change announces its summary once; its cells do not announce one by one. */
  quiet?: boolean
  /**
   * Where the switch's outcome goes in the activity log. A click logs an entry of its own;
   * a bulk change or an undo collects its cells' outcomes into one entry.
   */
  report?: SwitchReport
}

export function switchMutationOptions(
  client: PortalClient,
  portalKey: string,
  target: SwitchTarget,
  texts: SwitchTexts,
  delivery: SwitchDelivery = {},
) {
  const address: CellAddress = { lineId: target.lineId, connectorId: target.connectorId }
  const report = delivery.report ?? (() => undefined)
  const { lineName, connectorName } = target
  const item = { ...address, lineName, connectorName }
  const key = cellKey(address.lineId, address.connectorId)
  /** Switches of this cell not yet settled, this one included. */
  const pendingOn = (queryClient: QueryClient) =>
    queryClient.isMutating({
      predicate: (mutation) => mutation.options.scope?.id === scopeId(portalKey, key),
    })
  return mutationOptions({
    mutationKey: switchboardKeys.switches(portalKey),
    // Nothing reads a settled switch: its outcome lives in the row query and the notices.
    gcTime: 0,
    // One scope per cell: clicks on a cell reach the portal in order, cells run in parallel.
    scope: { id: scopeId(portalKey, key) },
    mutationFn: async ({ on }: SwitchVariables) => {
      try {
        if (delivery.send) return await delivery.send(address, on)
        // Always 1 or 0: the portal reads ACTIVE with PHP empty(), so "N" would mean on.
        // An "off" answered false means it was already off: the wanted state, not an error.
        return await client.call('imconnector.activate', {
          CONNECTOR: address.connectorId,
          LINE: address.lineId,
          ACTIVE: on ? 1 : 0,
        })
      } catch (error) {
        throw toPortalError(error)
      }
    },
    onMutate: async ({ on }, { client: queryClient }) => {
      const track = trackingFor(queryClient)
      track.unsettled += 1
      track.versions.set(key, (track.versions.get(key) ?? 0) + 1)
      track.unanswered.set(key, (track.unanswered.get(key) ?? 0) + 1)
      track.touched.set(key, address)
      cellNoticeActions().switchStarted(key)
      // The first switch of a run on this cell remembers what the cell showed before it.
      if (pendingOn(queryClient) <= 1)
        track.base.set(key, readCell(queryClient, portalKey, address))
      if (isRowFetching(queryClient, portalKey, address.lineId))
        track.rowsToRefetch.add(address.lineId)
      await cancelRowRead(queryClient, portalKey, address.lineId)
      writeCell(queryClient, portalKey, address, { status: statusAfterSwitch(on) })
    },
    onError: (error, { on }, _onMutateResult, { client: queryClient }) => {
      const portalError = toPortalError(error)
      // Cancelled before it was sent: the cell goes back as it was, and nothing failed.
      const notSent = portalError.code === NOT_SENT
      const message = texts.error(portalError)
      report(
        notSent
          ? { ...item, result: 'skipped', code: NOT_SENT }
          : { ...item, result: 'failed', code: portalError.code, message },
      )
      // A newer click on this cell is already queued: the user's newer intent replaces this
      // one, so there is nothing to undo and nothing to show on the cell; that click reports
      // itself. The log above still tells that this one failed.
      if (pendingOn(queryClient) > 1) return
      const track = trackingFor(queryClient)
      const base = track.base.get(key)
      if (base) writeCell(queryClient, portalKey, address, base)
      if (notSent) return
      cellNoticeActions().switchFailed(
        key,
        { kind: 'failed', target: on, code: portalError.code, message },
        delivery.quiet ? undefined : texts.failed(target.label, on, message),
      )
    },
    onSuccess: (_result, { on }, _onMutateResult, { client: queryClient }) => {
      trackingFor(queryClient).base.set(key, { status: statusAfterSwitch(on) })
      report({ ...item, result: 'done' })
      if (on && target.builtin) cellNoticeActions().setupNeeded(key)
    },
    onSettled: async (_data, _error, _variables, _onMutateResult, { client: queryClient }) => {
      // Only the last switch to settle re-reads; it stays pending until the portal's answer
      // is on screen. Switches that settle while it reads are picked up by its loop: they
      // leave the re-read to it.
      const track = trackingFor(queryClient)
      track.unsettled -= 1
      const left = (track.unanswered.get(key) ?? 1) - 1
      if (left > 0) track.unanswered.set(key, left)
      else track.unanswered.delete(key)
      if (track.unsettled > 0 || track.rereading) return
      track.rereading = true
      try {
        while (track.unsettled === 0 && track.touched.size > 0) {
          await rereadTouched(queryClient, client, portalKey)
        }
      } finally {
        track.rereading = false
      }
      // Rows whose reads a switch cancelled are read again, after every switch. A read that
      // began while a switch was on its way is left to land: it keeps that switch's cell
      // (cellVersions) and the re-read above settles the cell.
      if (track.unsettled > 0) return
      const rows = [...track.rowsToRefetch]
      track.rowsToRefetch.clear()
      for (const lineId of rows) {
        void queryClient.invalidateQueries({
          queryKey: switchboardKeys.row(portalKey, lineId),
          exact: true,
        })
      }
    },
  })
}

/**
 * Returns `switchCell(target, on, report?)`. Each call is its own mutation in the cell's
 * scope; the grid does not need a hook per cell, and the confirmation dialog can switch the
 * cell it asked about. Each switch is an entry of the activity log unless `report` takes
 * its result (as an undo of many cells does, to log them as one entry).
 */
export function useSwitchCell() {
  const { client, portalKey, user } = usePortal()
  const queryClient = useQueryClient()
  // Every cell on screen calls this hook: useTranslation's wrapper per mount cost about a
  // tenth of a millisecond a cell in the first render (see useFixedT).
  const { t, i18n } = useFixedT()
  const texts = useMemo<SwitchTexts>(
    () => ({
      error: (error) => errorMessage(i18n, error),
      failed: (label, on, message) =>
        on ? t('cell.failedOn', { label, message }) : t('cell.failedOff', { label, message }),
    }),
    [i18n, t],
  )
  return useCallback(
    (target: SwitchTarget, on: boolean, delivery: SwitchDelivery = {}): Promise<SwitchOutcome> => {
      const at = Date.now()
      const logged: SwitchReport = (item) =>
        activityActions().recorded({
          id: `${at}-${Math.random().toString(36).slice(2)}`,
          at,
          user,
          action: on ? 'on' : 'off',
          items: [item],
        })
      return startSwitch(
        queryClient,
        switchMutationOptions(client, portalKey, target, texts, {
          ...delivery,
          report: delivery.report ?? logged,
        }),
        on,
      )
    },
    [client, portalKey, queryClient, texts, user],
  )
}

export type SwitchOutcome = { ok: true } | { ok: false; error: PortalError }

/**
 * Runs one switch as its own mutation. Failures are reported on the cell (onError); the
 * outcome is for callers that count them (a bulk change), and never rejects.
 */
function startSwitch(
  queryClient: QueryClient,
  options: ReturnType<typeof switchMutationOptions>,
  on: boolean,
): Promise<SwitchOutcome> {
  const observer = new MutationObserver(queryClient, options)
  // Once settled the observer lets go: a mutation with an observer is never collected,
  // so every switch ever made stayed in the cache (the soak run saw ~13 KB a switch, and
  // each switch slower than the last as `isMutating` scanned them all).
  return observer
    .mutate({ on })
    .then(
      (): SwitchOutcome => ({ ok: true }),
      (error: unknown): SwitchOutcome => ({ ok: false, error: toPortalError(error) }),
    )
    .finally(() => observer.reset())
}

interface BusyCells {
  isBusy(scope: string): boolean
  subscribe(scope: string, listener: () => void): () => void
}

const busyCells = new WeakMap<QueryClient, BusyCells>()

/**
 * Which cells have a switch pending, derived from the mutation cache once per change of a
 * mutation, and read by each cell in O(1). (A `useIsMutating` per cell would scan every
 * mutation for every mounted cell on every change: hundreds of cells, each click.)
 */
function busyCellsFor(queryClient: QueryClient): BusyCells {
  let found = busyCells.get(queryClient)
  if (found) return found
  const mutations = queryClient.getMutationCache()
  const busy = new Set<string>()
  const listeners = new Map<string, Set<() => void>>()
  mutations.subscribe((event) => {
    const scope = event.mutation?.options.scope?.id
    if (!scope?.startsWith('switch:')) return
    const pending = mutations
      .getAll()
      .some(
        (mutation) => mutation.options.scope?.id === scope && mutation.state.status === 'pending',
      )
    if (pending === busy.has(scope)) return
    if (pending) busy.add(scope)
    else busy.delete(scope)
    for (const listener of listeners.get(scope) ?? []) listener()
  })
  found = {
    isBusy: (scope) => busy.has(scope),
    subscribe(scope, listener) {
      let set = listeners.get(scope)
      if (!set) {
        set = new Set()
        listeners.set(scope, set)
      }
      set.add(listener)
      return () => {
        set.delete(listener)
        if (set.size === 0) listeners.delete(scope)
      }
    },
  }
  busyCells.set(queryClient, found)
  return found
}

/** Whether a switch of this cell is on its way to the portal. */
export function useCellBusy(address: CellAddress): boolean {
  const { portalKey } = usePortal()
  const queryClient = useQueryClient()
  const scope = scopeId(portalKey, cellKey(address.lineId, address.connectorId))
  const store = busyCellsFor(queryClient)
  return useSyncExternalStore(
    useCallback((listener) => store.subscribe(scope, listener), [store, scope]),
    () => store.isBusy(scope),
  )
}
