/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { contentSecurityPolicy } from './scripts/csp.ts'

// The app is always served from its own origin, never the portal's: the portal
// embeds it in an iframe exactly as a real Bitrix24 embeds a local application.
const appPort = Number(process.env.APP_PORT ?? 5173)
// The warm-start cache is dropped whenever the app's version changes (persistence.ts).
const packageJson = readFileSync(new URL('./package.json', import.meta.url), 'utf8')
const { version } = JSON.parse(packageJson) as { version: string }

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  // Relative asset URLs: a portal serves an uploaded static app from a folder of its own,
  // and a host may put it under any path (scripts/package.ts refuses absolute ones).
  base: './',
  server: { port: appPort, strictPort: true, host: 'localhost' },
  preview: { port: appPort, strictPort: true, host: 'localhost' },
  build: { sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'portal',
          environment: 'node',
          include: ['portal/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/setup.ts'],
          // Whole-app renders on a 2-core machine that also runs the browser tests.
          testTimeout: 15_000,
        },
      },
    ],
  },
})
