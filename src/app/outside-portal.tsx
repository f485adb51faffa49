/** Shown when the app is opened directly instead of inside a Bitrix24 portal. */
export function OutsidePortal({ reason }: { reason?: string }) {
  return (
    <main className="page-message page-message--standalone">
      <h1>Open Lines Switchboard runs inside Bitrix24</h1>
      <p>
        This page is an application for a Bitrix24 portal and has to be opened from the portal,
        where it can reach your Open Channels.
      </p>
      <ul>
        <li>
          In your Bitrix24: install it as a local application (Applications → Developer resources →
          Other → Local application) and open it from the Applications menu.
        </li>
        <li>
          To try it without a portal: run <code>npm start</code> in the project and open the local
          portal it prints (http://localhost:3000/ by default).
        </li>
      </ul>
      {reason && <p className="page-message__code">Details: {reason}</p>}
    </main>
  )
}
