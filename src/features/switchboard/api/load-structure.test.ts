import { describe, expect, it } from 'vitest'
import { setupPortal } from '../../../../portal/model/testing'
import { createInProcessClient } from '../../../../test/support/in-process-client'
import { loadStructure } from './load-structure'

function listPagesOf(commands: { method: string }[] | undefined) {
  return (commands ?? []).filter((command) => command.method === 'imopenlines.config.list.get')
    .length
}

describe('loadStructure', () => {
  it('reads 1,000 lines and the connectors in one request', async () => {
    const { portal } = setupPortal({ scenario: { scenario: 'large', lines: 1000, connectors: 3 } })
    portal.clearLog()
    const structure = await loadStructure(createInProcessClient(portal))

    expect(structure.lines).toHaveLength(1000)
    expect(new Set(structure.lines.map((line) => line.id)).size).toBe(1000)
    expect(structure.connectors).toHaveLength(3)
    const log = portal.log()
    expect(log).toHaveLength(1)
    expect(log[0]?.commands?.[0]?.method).toBe('imconnector.list')
    expect(listPagesOf(log[0]?.commands)).toBe(10)
  })

  it('asks for more pages in a second request only when the first ones all came back full', async () => {
    const { portal } = setupPortal({ scenario: { scenario: 'large', lines: 2150, connectors: 2 } })
    portal.clearLog()
    const structure = await loadStructure(createInProcessClient(portal))

    expect(structure.lines).toHaveLength(2150)
    expect(structure.lines.map((line) => Number(line.id))).toEqual(
      [...structure.lines.map((line) => Number(line.id))].sort((a, b) => a - b),
    )
    const log = portal.log()
    expect(log).toHaveLength(2)
    expect(listPagesOf(log[1]?.commands)).toBe(50)
  })
})
