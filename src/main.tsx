import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { OutsidePortal } from './app/outside-portal'
import { createWarmStart } from './app/persistence'
import { createQueryClient } from './app/query-client'
import { connectToPortal } from './bitrix/connect'
import { isInsidePortal } from './bitrix/frame'
import './styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root')
const root = createRoot(container)

async function boot() {
  if (!isInsidePortal()) {
    root.render(<OutsidePortal />)
    return
  }
  root.render(<p className="boot">Connecting to your portal…</p>)
  try {
    const connection = await connectToPortal()
    root.render(
      <StrictMode>
        <App
          connection={connection}
          queryClient={createQueryClient()}
          warmStart={createWarmStart(connection)}
        />
      </StrictMode>,
    )
  } catch (error) {
    root.render(<OutsidePortal reason={error instanceof Error ? error.message : String(error)} />)
  }
}

void boot()
