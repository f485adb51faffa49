import { describe, expect, it } from 'vitest'
import { buildScenario, HOSTILE_LINE_NAMES } from './scenarios.ts'

const now = Date.UTC(2025, 0, 15)

describe('scenarios', () => {
  it('demo: 8 lines, some inactive, 10 built-in and 3 REST connectors, every state present', () => {
    const data = buildScenario({ scenario: 'demo' }, { now })
    expect(data.lines.map((l) => l.LINE_NAME)).toContain('VIP Support')
    expect(data.lines).toHaveLength(8)
    expect(data.lines.filter((l) => l.ACTIVE === 'N').map((l) => l.ID)).toEqual(['5', '7'])
    expect(data.connectors.filter((c) => c.kind === 'builtin')).toHaveLength(10)
    expect(data.connectors.filter((c) => c.kind === 'rest').map((c) => c.id)).toEqual([
      'myshopchat',
      'helpdeskbridge',
      'smsgateway',
    ])
    for (const id of ['avito', 'olx', 'vkgroup', 'ok', 'wechat']) {
      expect(data.connectors.map((c) => c.id)).not.toContain(id)
    }
    const states = new Set(
      data.statuses.map((r) =>
        !r.ACTIVE
          ? 'off'
          : !(r.CONNECTION && r.REGISTER)
            ? 'unconfigured'
            : r.ERROR
              ? 'error'
              : 'ok',
      ),
    )
    expect([...states].sort()).toEqual(['error', 'off', 'ok', 'unconfigured'])
    expect(data.statuses.some((r) => Object.keys(r.DATA).length > 0)).toBe(true)
    expect(data.session).toMatchObject({ isAdmin: true, canModifyConnectors: true, lang: 'en' })
    for (const c of data.connectors) expect(c.names.en).toBeTypeOf('string')
  })

  it('empty: no lines, no statuses, connectors still there', () => {
    const data = buildScenario({ scenario: 'empty' }, { now })
    expect([data.lines.length, data.statuses.length, data.connectors.length]).toEqual([0, 0, 13])
  })

  it('large: 500 × 30 by default, sized on request, deterministic by seed', () => {
    const data = buildScenario({ scenario: 'large' }, { now })
    expect([data.lines.length, data.connectors.length]).toEqual([500, 30])
    expect(data.connectors.slice(13).every((c) => c.kind === 'rest')).toBe(true)
    expect(new Set(data.connectors.map((c) => c.id)).size).toBe(30)
    const small = buildScenario({ scenario: 'large', lines: 20, connectors: 40, seed: 7 }, { now })
    expect([small.lines.length, small.connectors.length]).toEqual([20, 40])
    const again = buildScenario({ scenario: 'large', lines: 20, connectors: 40, seed: 7 }, { now })
    expect(again).toEqual(small)
    const other = buildScenario({ scenario: 'large', lines: 20, connectors: 40, seed: 8 }, { now })
    expect(other.statuses).not.toEqual(small.statuses)
    expect(small.memberId).not.toBe(other.memberId)
  })

  it('hostile: markup, bidi, emoji, invisible and control characters, a 5,000-char name', () => {
    const data = buildScenario({ scenario: 'hostile' }, { now })
    const names = data.lines.map((l) => l.LINE_NAME)
    expect(names).toEqual([...HOSTILE_LINE_NAMES])
    expect(names).toContain('<img src=x onerror=alert(1)>')
    expect(names.some((n) => n.includes('<script>'))).toBe(true)
    expect(names.some((n) => /[\u0600-\u06ff]/.test(n))).toBe(true)
    expect(names.some((n) => /[\u0590-\u05ff]/.test(n))).toBe(true)
    expect(names.some((n) => /\p{Extended_Pictographic}/u.test(n))).toBe(true)
    expect(names.some((n) => n.includes('\u200b'))).toBe(true)
    expect(names.some((n) => n.includes('\u0000'))).toBe(true)
    expect(names.some((n) => n.length === 5000)).toBe(true)
    expect(data.connectors.some((c) => c.names.en?.includes('<img'))).toBe(true)
    expect(data.lines.every((l) => /^\d+$/.test(l.ID))).toBe(true)
  })

  it('readonly: demo data without admin or modify-connectors rights', () => {
    const data = buildScenario({ scenario: 'readonly' }, { now })
    expect(data.lines).toHaveLength(8)
    expect(data.session).toMatchObject({ isAdmin: false, canModifyConnectors: false })
  })
})
