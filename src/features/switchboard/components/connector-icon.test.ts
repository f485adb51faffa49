import { describe, expect, it } from 'vitest'
import { BUILTIN_CONNECTORS } from '../model'
import { connectorGlyph } from './connector-icon'

describe('connectorGlyph', () => {
  const rest = connectorGlyph('some_app_connector')

  it('gives every connector Bitrix24 ships a glyph of its own', () => {
    for (const id of BUILTIN_CONNECTORS) {
      expect(connectorGlyph(id), id).not.toBe(rest)
    }
    // One channel under two providers keeps one face.
    expect(connectorGlyph('whatsappbyedna')).toBe(connectorGlyph('whatsappbytwilio'))
    expect(connectorGlyph('telegrambot')).not.toEqual(connectorGlyph('viber'))
  })

  it('reads ids in any case and gives unknown REST connectors the neutral glyph', () => {
    expect(connectorGlyph('TelegramBot')).toBe(connectorGlyph('telegrambot'))
    expect(connectorGlyph('myshopchat')).toBe(rest)
    expect(connectorGlyph('')).toBe(rest)
  })
})
