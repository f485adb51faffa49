import { BUILTIN_CONNECTORS, DEMO_REST_CONNECTORS } from './connectors.ts'
import { createPrng, pick, seededHex, type Prng } from './random.ts'
import type {
  ConnectorRecord,
  LineRecord,
  PortalData,
  ResetOptions,
  SessionSettings,
  StatusRow,
} from './types.ts'

export const DEFAULT_SESSION: SessionSettings = {
  lang: 'en',
  isAdmin: true,
  canModifyConnectors: true,
  authExpires: 3600,
  userId: 1,
  userName: 'Anna',
  userLastName: 'Schmidt',
}

type Flags = Pick<StatusRow, 'ACTIVE' | 'CONNECTION' | 'REGISTER' | 'ERROR'>
const WORKING: Flags = { ACTIVE: true, CONNECTION: true, REGISTER: true, ERROR: false }
const FAILING: Flags = { ACTIVE: true, CONNECTION: true, REGISTER: true, ERROR: true }
const NOT_CONFIGURED: Flags = { ACTIVE: true, CONNECTION: false, REGISTER: false, ERROR: false }
/**
 * Switched on, but the connection never came up and the connector reported it: the one
 * "on but not configured" imconnector.status can show (CONFIGURED false, ERROR true).
 * NOT_CONFIGURED without the error answers exactly like "off" and is the silent case.
 */
const SETUP_FAILED: Flags = { ACTIVE: true, CONNECTION: false, REGISTER: true, ERROR: true }
/** The empty row imconnector.status leaves behind: exists, but every flag is off. */
const EMPTY_ROW: Flags = { ACTIVE: false, CONNECTION: false, REGISTER: false, ERROR: false }

export function buildScenario(
  options: ResetOptions,
  context: { now: number; memberId?: string },
): PortalData {
  const seed = options.seed ?? 1
  const prng = createPrng(seed)
  const memberId = context.memberId ?? seededHex(createPrng(seed ^ 0x5eed), 32)
  const base = (scenario: PortalData['scenario']): PortalData => ({
    version: 1,
    scenario,
    memberId,
    lines: [],
    connectors: [],
    statuses: [],
    session: { ...DEFAULT_SESSION },
    app: { installed: true, options: {}, userOptions: {} },
    events: [],
  })
  const date = (daysAgo: number) => isoDate(context.now - daysAgo * 86_400_000)

  switch (options.scenario) {
    case 'empty':
      return { ...base('empty'), connectors: allDemoConnectors() }
    case 'large':
      return large(base('large'), options, prng, date)
    case 'hostile':
      return hostile(base('hostile'), date)
    case 'readonly':
      return {
        ...demo(base('readonly'), date),
        session: { ...DEFAULT_SESSION, isAdmin: false, canModifyConnectors: false },
      }
    case 'demo':
    default:
      return demo(base('demo'), date)
  }
}

function allDemoConnectors(): ConnectorRecord[] {
  return structuredClone([...BUILTIN_CONNECTORS, ...DEMO_REST_CONNECTORS])
}

function demo(data: PortalData, date: (daysAgo: number) => string): PortalData {
  const names: [string, LineRecord['ACTIVE']][] = [
    ['Sales', 'Y'],
    ['Support', 'Y'],
    ['VIP Support', 'Y'],
    ['Returns', 'Y'],
    ['Partners', 'N'],
    ['Night shift', 'Y'],
    ['Recruiting', 'N'],
    ['Wholesale DACH', 'Y'],
  ]
  const lines = names.map(([LINE_NAME, ACTIVE], i) => ({
    ID: String(i + 1),
    LINE_NAME,
    ACTIVE,
    DATE_MODIFY: date(40 - i * 3),
  }))
  const row = (connector: string, line: string, flags: Flags, DATA = {}): StatusRow => ({
    connector,
    line,
    ...flags,
    DATA,
  })
  const statuses: StatusRow[] = [
    row('livechat', '1', WORKING, {
      ID: 'site-widget-1',
      URL: 'https://shop.example.eu/',
      NAME: 'Website chat',
    }),
    row('telegrambot', '1', WORKING, {
      ID: '@examplesalesbot',
      URL_IM: 'https://t.me/examplesalesbot',
      NAME: 'Sales bot',
    }),
    row('whatsappbyedna', '1', FAILING),
    row('myshopchat', '1', WORKING, {
      ID: 'shop-1',
      URL: 'https://shop.example.eu/chat',
      NAME: 'Shop Chat (Sales)',
    }),
    row('livechat', '2', WORKING),
    row('telegrambot', '2', SETUP_FAILED),
    row('viber', '2', WORKING),
    row('helpdeskbridge', '2', WORKING, { ID: 'hd-42', NAME: 'Helpdesk queue 42' }),
    row('whatsappbyedna', '3', WORKING, { ID: '+4930123456', NAME: 'VIP WhatsApp' }),
    row('imessage', '3', NOT_CONFIGURED),
    row('livechat', '3', EMPTY_ROW),
    row('facebook', '4', WORKING),
    row('fbinstagramdirect', '4', FAILING, { ID: 'example.shop', NAME: 'Instagram' }),
    row('myshopchat', '4', SETUP_FAILED),
    row('network', '5', WORKING),
    row('livechat', '6', WORKING),
    row('smsgateway', '6', FAILING, { ID: 'sms-night', NAME: 'Night SMS' }),
    row('notifications', '6', WORKING),
    row('telegrambot', '8', WORKING, { ID: '@wholesale_dach_bot', NAME: 'Großhandel' }),
    row('facebookcomments', '8', NOT_CONFIGURED),
  ]
  return { ...data, lines, connectors: allDemoConnectors(), statuses }
}

const LARGE_TEAMS = [
  'Sales',
  'Support',
  'Billing',
  'Returns',
  'Partners',
  'Onboarding',
  'Logistics',
  'Key accounts',
  'Warranty',
  'Events',
]
const LARGE_REGIONS = ['EU', 'DACH', 'Nordics', 'Benelux', 'Iberia', 'UK', 'Baltics', 'CEE']

function large(
  data: PortalData,
  options: ResetOptions,
  prng: Prng,
  date: (daysAgo: number) => string,
): PortalData {
  const lineCount = clampCount(options.lines, 500, 100_000)
  const connectorCount = clampCount(options.connectors, 30, 1_000)
  const connectors: ConnectorRecord[] = structuredClone(
    [...BUILTIN_CONNECTORS, ...DEMO_REST_CONNECTORS].slice(0, connectorCount),
  )
  for (let n = connectors.length + 1; connectors.length < connectorCount; n += 1) {
    const id = `restconnector${String(n).padStart(3, '0')}`
    connectors.push({ id, kind: 'rest', names: { en: `REST connector ${n}` } })
  }
  const lines: LineRecord[] = []
  const statuses: StatusRow[] = []
  for (let i = 1; i <= lineCount; i += 1) {
    const id = String(i)
    lines.push({
      ID: id,
      LINE_NAME: `${pick(prng, LARGE_TEAMS)} ${pick(prng, LARGE_REGIONS)} #${i}`,
      ACTIVE: prng() < 0.85 ? 'Y' : 'N',
      DATE_MODIFY: date(Math.floor(prng() * 365)),
    })
    for (const connector of connectors) {
      const roll = prng()
      // Most pairs have no row at all; the rest spread over every state the grid can show.
      const flags =
        roll < 0.6
          ? undefined
          : roll < 0.85
            ? WORKING
            : roll < 0.875
              ? NOT_CONFIGURED
              : roll < 0.9
                ? SETUP_FAILED
                : roll < 0.95
                  ? FAILING
                  : EMPTY_ROW
      if (flags) statuses.push({ connector: connector.id, line: id, ...flags, DATA: {} })
    }
  }
  return { ...data, lines, connectors, statuses }
}

function clampCount(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(0, Math.floor(value)))
}

/** Markup, scripts, bidi text, emoji, invisible and control characters, huge strings. */
export const HOSTILE_LINE_NAMES: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("line")</script>',
  'مبيعات الشرق الأوسط',
  'תמיכה בלקוחות',
  '🚀 Launch 🎉 team 👩‍👩‍👧‍👦',
  'Zero\u200bwidth\u200djoiner\u2060here\ufeff',
  'Control \u0000\u0007\u001b[31mred\u001b[0m\u007f chars',
  '\u202eevil override\u202c',
  'x'.repeat(5000),
  '',
  '   ',
  'Quotes "double" \'single\' & ampersand; `backtick` ${template}',
  'Ünïcödé Grüße — «Привет» 你好 こんにちは',
  'Supercalifragilisticexpialidocious'.repeat(20),
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
]

function hostile(data: PortalData, date: (daysAgo: number) => string): PortalData {
  // Ids stay numeric strings (the API never sends anything else) but are sparse and huge.
  const ids = ['3', '17', '1024', '2147483647', '99999999999', ...range(100, 111)]
  const lines: LineRecord[] = HOSTILE_LINE_NAMES.map((LINE_NAME, i) => ({
    ID: ids[i] ?? String(200 + i),
    LINE_NAME,
    ACTIVE: i % 3 === 2 ? 'N' : 'Y',
    DATE_MODIFY: date(i),
  }))
  const connectors: ConnectorRecord[] = [
    ...structuredClone(BUILTIN_CONNECTORS.slice(0, 4)),
    {
      id: 'xss_connector',
      kind: 'rest',
      names: { en: '<img src=x onerror=alert("connector")>', de: '<b>fett</b>' },
    },
    { id: 'script_connector', kind: 'rest', names: { en: '<script>alert(2)</script>' } },
    { id: 'rtl_connector', kind: 'rest', names: { en: 'واتساب للأعمال', ru: 'וואטסאפ' } },
    { id: 'emoji_connector', kind: 'rest', names: { en: '💬🔥 Chat 🔥💬' } },
    { id: 'long_connector', kind: 'rest', names: { en: 'Connector '.repeat(300).trim() } },
    { id: 'blank_connector', kind: 'rest', names: { en: '' } },
    { id: 'a'.repeat(64), kind: 'rest', names: { en: 'Zero\u200bwidth\u0000null' } },
  ]
  const statuses: StatusRow[] = []
  lines.forEach((line, i) => {
    connectors.forEach((connector, j) => {
      const k = (i + j) % 5
      if (k === 4) return
      const flags = [WORKING, FAILING, NOT_CONFIGURED, EMPTY_ROW][k] ?? WORKING
      statuses.push({
        connector: connector.id,
        line: line.ID,
        ...flags,
        DATA:
          k === 0 ? { NAME: '<img src=x onerror=alert("data")>', URL: 'javascript:alert(1)' } : {},
      })
    })
  })
  return { ...data, lines, connectors, statuses }
}

function range(from: number, to: number): string[] {
  const out: string[] = []
  for (let i = from; i <= to; i += 1) out.push(String(i))
  return out
}

/** `2025-03-11T10:29:34+00:00`: the shape Bitrix uses for dates in REST answers. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00')
}
