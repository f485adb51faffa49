import { StatusBadge } from './status-badge'

export function Legend() {
  return (
    <ul className="legend" aria-label="What the states mean">
      <li>
        <StatusBadge status="working" /> on and receiving messages
      </li>
      <li>
        <StatusBadge status="unconfigured" /> on, but the setup was never finished
      </li>
      <li>
        <StatusBadge status="error" /> on, but the channel reports an error
      </li>
      <li>
        <StatusBadge status="off" /> not connected to this Open Channel
      </li>
    </ul>
  )
}
