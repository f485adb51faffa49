import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PortalFrame } from '../bitrix/client'
import { useFitFrame } from './fit-frame'
import './frame-shell.css'

// StrictMode runs effects twice; the portal's title is set once per frame connection.
const titled = new WeakSet<PortalFrame>()

/** What the app does for the portal page around it: its title, and a frame that fits. */
export function FrameShell({ frame, children }: { frame: PortalFrame; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  useFitFrame(frame, ref)
  const { t } = useTranslation()
  const title = t('app.title')
  useEffect(() => {
    if (titled.has(frame)) return
    titled.add(frame)
    frame.setTitle(title).catch((error: unknown) => {
      console.warn('Could not set the portal page title:', error)
    })
  }, [frame, title])
  return (
    <div ref={ref} className="frame-shell">
      {children}
    </div>
  )
}
