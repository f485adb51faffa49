import '@testing-library/jest-dom/vitest'
import './layout'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { notifyObserversInTheSameTask } from '../../src/app/query-client'
import { resetActivityLog } from '../../src/features/switchboard/stores/activity-log'

// As the app does at boot: the tests see the cache's updates when users would.
notifyObserversInTheSameTask()

afterEach(() => {
  cleanup()
  // What the app keeps in the browser (filters, the activity log) must not leak into the
  // next test; nor may a write the log had scheduled land in it.
  resetActivityLog()
  localStorage.clear()
})

// A test that makes React or the app log an error has found a bug, even if its
// assertions pass: fail it, as epic-stack does.
const originalError = console.error
console.error = (...args: unknown[]) => {
  originalError(...args)
  throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
}
