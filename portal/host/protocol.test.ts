import { describe, expect, it, vi } from 'vitest'
import { formatLog } from './panel.ts'
import {
  buildInitData,
  createFrameSession,
  formatReply,
  type FrameContext,
  frameName,
  type HostEffects,
  newAppSid,
  normalisePath,
  parseFrameMessage,
  screenMessage,
} from './protocol.ts'

const SID = '0123456789abcdef0123456789abcdef'
const CB = '3b241101-e2bb-4255-8caf-4136c566a962'
const APP = 'http://localhost:5173'

describe('parseFrameMessage', () => {
  it('reads the string form without params', () => {
    expect(parseFrameMessage(`getInitData:${CB}:${SID}`)).toEqual({
      command: 'getInitData',
      params: undefined,
      callbackId: CB,
      appSid: SID,
    })
  })

  it('re-joins JSON that contains colons', () => {
    const params = { title: 'Lines: 12:30', url: 'https://x.test:8443/a' }
    expect(parseFrameMessage(`setTitle:${JSON.stringify(params)}:${CB}:${SID}`)).toEqual({
      command: 'setTitle',
      params,
      callbackId: CB,
      appSid: SID,
    })
  })

  it('reads the object form', () => {
    expect(
      parseFrameMessage({
        method: 'ns:cmd',
        params: { a: 1 },
        callback: CB,
        appSid: SID,
        requestId: 'r',
      }),
    ).toEqual({ command: 'ns:cmd', params: { a: 1 }, callbackId: CB, appSid: SID })
    expect(
      parseFrameMessage({ method: 'x', params: '', callback: CB, appSid: SID })?.params,
    ).toBeUndefined()
  })

  it.each([
    ['too few segments', `getInitData:${SID}`],
    ['bad JSON', `setTitle:{"title"::${CB}:${SID}`],
    ['empty sid', `getInitData:${CB}:`],
    ['odd callback id', `getInitData:<b>:${SID}`],
    ['a number', 42],
    ['null', null],
    ['object without callback', { method: 'getInitData', appSid: SID }],
  ])('rejects %s', (_name, data) => {
    expect(parseFrameMessage(data)).toBeUndefined()
  })
})

describe('screenMessage', () => {
  const expected = { appOrigin: APP, appSid: SID }
  it('accepts a known command from the app origin with the right sid', () => {
    const screened = screenMessage({ origin: APP, data: `getInitData:${CB}:${SID}` }, expected)
    expect(screened).toMatchObject({ accept: true, message: { command: 'getInitData' } })
  })
  it.each([
    ['origin', { origin: 'http://evil.test', data: `getInitData:${CB}:${SID}` }],
    ['origin', { origin: 'http://localhost:3000', data: `getInitData:${CB}:${SID}` }],
    ['sid', { origin: APP, data: `getInitData:${CB}:${'f'.repeat(32)}` }],
    ['unknown', { origin: APP, data: `deleteEverything:${CB}:${SID}` }],
    ['not-implemented', { origin: APP, data: `selectUser:{"mult":true}:${CB}:${SID}` }],
    ['malformed', { origin: APP, data: 'hello' }],
  ])('drops (%s)', (reason, event) => {
    expect(screenMessage(event, expected)).toMatchObject({ accept: false, reason })
  })
})

describe('wire formats', () => {
  it('formats replies as callbackId:JSON or callbackId:', () => {
    expect(formatReply(CB, { a: 'b:c' })).toBe(`${CB}:{"a":"b:c"}`)
    expect(formatReply(CB, undefined)).toBe(`${CB}:`)
    expect(formatReply(CB, null)).toBe(`${CB}:null`)
  })

  it('names the frame DOMAIN|PROTOCOL|APP_SID, dropping default ports', () => {
    expect(frameName({ host: 'localhost:3000', protocol: 'http:' }, SID)).toBe(
      `localhost:3000|0|${SID}`,
    )
    expect(frameName({ host: 'portal.test:443', protocol: 'https:' }, SID)).toBe(
      `portal.test|1|${SID}`,
    )
    expect(frameName({ host: 'portal.test:80', protocol: 'http:' }, SID)).toBe(
      `portal.test|0|${SID}`,
    )
  })

  it('makes 32-hex APP_SIDs', () => {
    const sid = newAppSid((bytes) => bytes.map((_, i) => i * 17))
    expect(sid).toMatch(/^[0-9a-f]{32}$/)
    expect(sid.startsWith('00112233')).toBe(true)
  })

  it('resolves openPath paths the way the browser would', () => {
    expect(normalisePath('/crm/deal/../../crm/deal/details/5/?IFRAME=Y')).toBe(
      '/crm/deal/details/5/?IFRAME=Y',
    )
  })
})

const context = (over: Partial<FrameContext> = {}): FrameContext => ({
  grant: { access_token: 'a1', refresh_token: 'r1', expires_in: 3600.7, member_id: 'm'.repeat(32) },
  lang: 'de',
  isAdmin: true,
  installed: true,
  appOptions: {},
  userOptions: { sort: 'name' },
  ...over,
})

describe('buildInitData', () => {
  it('answers exactly the §4 shape', () => {
    expect(buildInitData(context(), { host: 'localhost:3000', protocol: 'http:' })).toEqual({
      LANG: 'de',
      DOMAIN: 'localhost:3000',
      PROTOCOL: 0,
      PATH: '/rest',
      AUTH_ID: 'a1',
      AUTH_EXPIRES: 3600,
      REFRESH_ID: 'r1',
      MEMBER_ID: 'm'.repeat(32),
      FIRST_RUN: false,
      IS_ADMIN: true,
      INSTALL: false,
      USER_OPTIONS: { sort: 'name' },
      APP_OPTIONS: [],
      PLACEMENT: 'DEFAULT',
      PLACEMENT_OPTIONS: {},
    })
  })

  it('is in install mode until the app is installed', () => {
    expect(
      buildInitData(context({ installed: false }), { host: 'h', protocol: 'https:' }),
    ).toMatchObject({
      INSTALL: true,
      PROTOCOL: 1,
    })
  })
})

function fakeEffects(over: Partial<HostEffects> = {}) {
  let n = 0
  const effects: HostEffects = {
    location: { host: 'localhost:3000', protocol: 'http:' },
    portalOrigin: 'http://localhost:3000',
    frameContext: vi.fn(async () => {
      n += 1
      return context({
        grant: { access_token: `a${n}`, refresh_token: `r${n}`, expires_in: 3600, member_id: 'm' },
      })
    }),
    refresh: vi.fn(async (token: string) =>
      token.startsWith('r')
        ? { access_token: `${token}-a`, refresh_token: `${token}-r`, expires_in: 60 }
        : undefined,
    ),
    installFinish: vi.fn(async () => undefined),
    setAppOption: vi.fn(async (name: string, value: unknown) => ({ [name]: value, other: 1 })),
    setUserOption: vi.fn(async (name: string, value: unknown) => ({ [name]: value })),
    resize: vi.fn((width: number | string, height: number) => ({
      width: width === '100%' ? 980 : Number(width),
      height,
    })),
    setTitle: vi.fn(),
    setScroll: vi.fn(),
    reloadFrame: vi.fn(),
    openSlider: vi.fn(async () => undefined),
    closeSlider: vi.fn(),
    debug: vi.fn(),
    ...over,
  }
  return effects
}

const msg = (command: string, params?: unknown) => {
  const screened = screenMessage(
    {
      origin: APP,
      data: `${command}${params === undefined ? '' : `:${JSON.stringify(params)}`}:${CB}:${SID}`,
    },
    { appOrigin: APP, appSid: SID },
  )
  if (!screened.accept) throw new Error(`not accepted: ${screened.reason}`)
  return screened.message
}

describe('createFrameSession', () => {
  it('answers getInitData, then refreshes with the refresh token it handed out', async () => {
    const effects = fakeEffects()
    const session = createFrameSession(effects)
    const init = await session.handle(msg('getInitData'))
    expect(init).toMatchObject({ reply: true, result: { AUTH_ID: 'a1', REFRESH_ID: 'r1' } })
    expect(await session.handle(msg('refreshAuth'))).toEqual({
      reply: true,
      result: { AUTH_ID: 'r1-a', AUTH_EXPIRES: 60, REFRESH_ID: 'r1-r' },
    })
    await session.handle(msg('refreshAuth'))
    expect(effects.refresh).toHaveBeenLastCalledWith('r1-r')
  })

  it('has the auth before the app asks, as a rendered portal page has it', async () => {
    const effects = fakeEffects()
    const session = createFrameSession(effects)
    expect(effects.frameContext).toHaveBeenCalledOnce()
    const init = await session.handle(msg('getInitData'))
    expect(init).toMatchObject({ result: { AUTH_ID: 'a1' } })
    expect(effects.frameContext).toHaveBeenCalledOnce()
  })

  it('reports a portal that could not issue the auth when the app asks for it', async () => {
    const effects = fakeEffects({
      frameContext: vi.fn(() => Promise.reject(new Error('portal down'))),
    })
    const session = createFrameSession(effects)
    await expect(session.handle(msg('getInitData'))).rejects.toThrow('portal down')
  })

  it('falls back to a fresh grant when the portal forgot the refresh token (after a reset)', async () => {
    const effects = fakeEffects({ refresh: vi.fn(async () => undefined) })
    const session = createFrameSession(effects)
    await session.handle(msg('getInitData'))
    expect(await session.handle(msg('refreshAuth'))).toMatchObject({
      result: { AUTH_ID: 'a2', REFRESH_ID: 'r2' },
    })
  })

  it('echoes setInstall, finishes installation without a reply and reloads', async () => {
    const effects = fakeEffects()
    const session = createFrameSession(effects)
    expect(await session.handle(msg('setInstall', { install: true }))).toEqual({
      reply: true,
      result: { install: true },
    })
    expect(await session.handle(msg('setInstallFinish'))).toEqual({ reply: false })
    expect(effects.installFinish).toHaveBeenCalledOnce()
    expect(effects.reloadFrame).toHaveBeenCalledOnce()
  })

  it('resizes, and ignores nonsense sizes', async () => {
    const effects = fakeEffects()
    const session = createFrameSession(effects)
    expect(await session.handle(msg('resizeWindow', { width: '100%', height: 640 }))).toEqual({
      reply: true,
      result: { width: 980, height: 640 },
    })
    expect(await session.handle(msg('resizeWindow', { width: 'calc(1px)', height: 10 }))).toEqual({
      reply: false,
    })
    expect(await session.handle(msg('resizeWindow', { width: 100, height: -1 }))).toEqual({
      reply: false,
    })
  })

  it('sets the title and scroll, echoing the params', async () => {
    const effects = fakeEffects()
    const session = createFrameSession(effects)
    const title = { title: '<img src=x onerror=alert(1)>' }
    expect(await session.handle(msg('setTitle', title))).toEqual({ reply: true, result: title })
    expect(effects.setTitle).toHaveBeenCalledWith('<img src=x onerror=alert(1)>')
    expect(await session.handle(msg('setScroll', { scroll: 120 }))).toEqual({
      reply: true,
      result: { scroll: 120 },
    })
    expect(effects.setScroll).toHaveBeenCalledWith(120)
  })

  it('reloads without a reply', async () => {
    const effects = fakeEffects()
    expect(await createFrameSession(effects).handle(msg('reloadWindow'))).toEqual({ reply: false })
    expect(effects.reloadFrame).toHaveBeenCalledOnce()
  })

  it('answers setAppOption with every app option, and stays silent when refused', async () => {
    const session = createFrameSession(fakeEffects())
    expect(await session.handle(msg('setAppOption', { name: 'a', value: 2 }))).toEqual({
      reply: true,
      result: { a: 2, other: 1 },
    })
    const refused = createFrameSession(fakeEffects({ setAppOption: vi.fn(async () => undefined) }))
    expect(await refused.handle(msg('setAppOption', { name: 'a', value: 2 }))).toEqual({
      reply: false,
    })
  })

  it('echoes setUserOption after storing it', async () => {
    const effects = fakeEffects()
    expect(
      await createFrameSession(effects).handle(msg('setUserOption', { name: 'u', value: 'v' })),
    ).toEqual({
      reply: true,
      result: { name: 'u', value: 'v' },
    })
    expect(effects.setUserOption).toHaveBeenCalledWith('u', 'v')
  })

  it('answers openPath only when the slider closes', async () => {
    let close = () => {}
    const effects = fakeEffects({
      openSlider: vi.fn(() => new Promise<void>((resolve) => (close = resolve))),
    })
    const pending = createFrameSession(effects).handle(
      msg('openPath', {
        path: '/crm/deal/../../crm/lead/details/7/?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER',
      }),
    )
    let settled = false
    void pending.then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    expect(effects.openSlider).toHaveBeenCalledWith({
      title: 'Portal page',
      lines: [
        'A real portal would open this page in a slider:',
        'http://localhost:3000/crm/lead/details/7/?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER',
      ],
    })
    close()
    expect(await pending).toEqual({ reply: true, result: { result: 'close' } })
  })

  it('opens and closes application sliders', async () => {
    const effects = fakeEffects()
    const session = createFrameSession(effects)
    expect(
      await session.handle(msg('openApplication', { bx24_title: 'Details', line: 3 })),
    ).toEqual({
      reply: true,
      result: undefined,
    })
    expect(vi.mocked(effects.openSlider).mock.calls[0]?.[0]).toMatchObject({ title: 'Details' })
    expect(await session.handle(msg('closeApplication', { isSafely: false }))).toEqual({
      reply: true,
      result: undefined,
    })
    expect(effects.closeSlider).toHaveBeenCalledOnce()
  })
})

describe('formatLog', () => {
  it('renders requests and batch commands as plain text lines', () => {
    const text = formatLog([
      {
        time: '2026-01-02T10:11:12.000Z',
        method: 'batch',
        params: { halt: 0 },
        status: 200,
        commands: [
          { key: 'a', method: 'imconnector.status', params: { LINE: '1' }, error: 'ACCESS_DENIED' },
        ],
      },
      {
        time: '2026-01-02T10:11:13.000Z',
        method: '<b>x</b>',
        params: {},
        status: 404,
        error: 'ERROR_METHOD_NOT_FOUND',
      },
      'junk',
    ])
    expect(text).toBe(
      [
        '10:11:12  200  batch  {"halt":0}',
        '          a: imconnector.status {"LINE":"1"}  ACCESS_DENIED',
        '10:11:13  404  <b>x</b>    ERROR_METHOD_NOT_FOUND',
      ].join('\n'),
    )
  })
})
