// Our own small glyph per Bitrix24 connector: a tile in the channel's familiar colour with a
// simple white sign on it (drawn here, not taken from any logo), so a column is found by eye
// before its name is read. Decorative: the name beside it is what is read out.

interface Glyph {
  /** The tile's colour; mid-tone, so the tile stands out on light and dark surfaces alike. */
  color: string
  /** Paths in a 16 × 16 box. */
  d: string
  /** Drawn as a filled shape rather than a line. */
  filled?: boolean
}

const WHATSAPP: Glyph = { color: '#1fa855', d: 'M4 12.5l.7-2.3a4.2 4.2 0 1 1 1.6 1.6z' }
const INSTAGRAM: Glyph = {
  color: '#d6336c',
  d: 'M5 3.5h6A1.5 1.5 0 0 1 12.5 5v6a1.5 1.5 0 0 1-1.5 1.5H5A1.5 1.5 0 0 1 3.5 11V5A1.5 1.5 0 0 1 5 3.5zM10 8a2 2 0 1 1-4 0 2 2 0 0 1 4 0z',
}

/** Glyphs by Bitrix24 connector id (the ids the portal's imconnector.list returns). */
const GLYPHS: Readonly<Record<string, Glyph>> = {
  livechat: {
    color: '#0075ff',
    d: 'M4 4.5h8a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1H8l-3 2v-2H4a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1z',
  },
  telegrambot: {
    color: '#229ed9',
    d: 'M3 7.6 12.6 4l-1.7 8.2-3-2.2-1.5 1.5-.3-2.6 4.2-3.8-5.2 3.2z',
    filled: true,
  },
  whatsappbytwilio: WHATSAPP,
  whatsappbyedna: WHATSAPP,
  viber: {
    color: '#7360f2',
    d: 'M5 3.5h6a2 2 0 0 1 2 2V9a2 2 0 0 1-2 2H7.5l-2 2v-2.2A2 2 0 0 1 3 9V5.5a2 2 0 0 1 2-2zM8 5.5a2 2 0 0 1 2 2',
  },
  facebook: { color: '#1877f2', d: 'M10.5 3.5h-1A2 2 0 0 0 7.5 5.5v7.5M5.5 7.5h5' },
  facebookcomments: {
    color: '#1877f2',
    d: 'M3 3.5h6v4H6l-2 1.5V7.5H3zM11 6.5h2v4h-1V12l-2-1.5H7v-1',
  },
  fbinstagramdirect: INSTAGRAM,
  fbinstagram: INSTAGRAM,
  imessage: {
    color: '#2fb351',
    d: 'M8 3.5c2.8 0 5 1.8 5 4s-2.2 4-5 4c-.5 0-1 0-1.4-.2L4 12.5l.7-2A3.8 3.8 0 0 1 3 7.5c0-2.2 2.2-4 5-4z',
    filled: true,
  },
  network: {
    color: '#1aa6d6',
    d: 'M8 3.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM3.5 8h9M8 3.5c-1.6 1.5-1.6 7.5 0 9m0-9c1.6 1.5 1.6 7.5 0 9',
  },
  notifications: { color: '#e88c02', d: 'M5 10.5v-3a3 3 0 0 1 6 0v3l1 1H4zM7 13.2h2' },
  vkgroup: { color: '#0077ff', d: 'M3 5.5l2 5 2-5M9 4.5v7m3.5-6L9.5 8l3 3.5' },
  ok: {
    color: '#ee8208',
    d: 'M8 3.3a1.9 1.9 0 1 0 0 3.8 1.9 1.9 0 0 0 0-3.8zM5.5 8.8q2.5 1.6 5 0M6 13l2-2.2 2 2.2',
  },
  avito: {
    color: '#0a9ddb',
    d: 'M6.7 5.5a1.9 1.9 0 1 1-3.8 0 1.9 1.9 0 0 1 3.8 0zM12.6 5a1.1 1.1 0 1 1-2.2 0 1.1 1.1 0 0 1 2.2 0zM7 11a1.3 1.3 0 1 1-2.6 0 1.3 1.3 0 0 1 2.6 0zM13.2 10.5a2.4 2.4 0 1 1-4.8 0 2.4 2.4 0 0 1 4.8 0z',
    filled: true,
  },
  olx: { color: '#1f9e99', d: 'M3.5 3.5H8l5 5-4.5 4.5-5-5zM6.2 6.2h.01' },
  wechat: {
    color: '#07a04f',
    d: 'M6.5 3.5c2 0 3.5 1.2 3.5 2.8S8.5 9 6.5 9c-.4 0-.8 0-1.1-.1L3.8 10l.4-1.4A2.7 2.7 0 0 1 3 6.3c0-1.6 1.5-2.8 3.5-2.8zm4 3.7c1.4.2 2.5 1.1 2.5 2.3 0 .7-.4 1.3-1 1.7l.3 1.1-1.3-.7c-1.6.3-3.3-.4-3.6-1.7',
  },
}

/** Any connector another app registered over REST: a plug on a neutral tile. */
const REST_CONNECTOR: Glyph = {
  color: '#6a737f',
  d: 'M6 3.5v3m4-3v3m-5.5 0h7v2a3.5 3.5 0 0 1-7 0zM8 12v1.5',
}

/** The glyph for a connector id; unknown (REST) connectors share the neutral one. */
export function connectorGlyph(id: string): Glyph {
  return GLYPHS[id.toLowerCase()] ?? REST_CONNECTOR
}

export function ConnectorIcon({ id }: { id: string }) {
  const glyph = connectorGlyph(id)
  return (
    <svg
      className="connector-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="16" height="16" rx="4" fill={glyph.color} />
      <path
        d={glyph.d}
        {...(glyph.filled
          ? { fill: '#fff' }
          : {
              fill: 'none',
              stroke: '#fff',
              strokeWidth: 1.4,
              strokeLinecap: 'round',
              strokeLinejoin: 'round',
            })}
      />
    </svg>
  )
}
