import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boardMinutes } from '../export/minutes'
import { recordAttendance } from './attendance'

const AT = Date.UTC(2026, 11, 7, 18, 0)

describe('the participants in the minutes', () => {
  it('lists one coop once however its delegates wrote its name, named as the delegate who came first wrote it', () => {
    const doc = new Y.Doc()
    recordAttendance(doc, { id: 'p-ana', name: 'Ana Pérez', coop: 'Cooperativa Sur' }, 'participant', AT - 600_000)
    recordAttendance(doc, { id: 'p-luis', name: 'Luis', coop: 'cooperativa  SUR' }, 'participant', AT - 500_000)
    recordAttendance(doc, { id: 'p-ola', name: 'Ola', coop: 'Spółdzielnia Kodu' }, 'participant', AT - 400_000)
    recordAttendance(doc, { id: 'p-kenji', name: 'Kenji', coop: '' }, 'participant', AT - 300_000)
    const text = boardMinutes(doc, { boardId: 'b1', title: 'Asamblea', at: AT, language: 'es' })
    expect(text).toContain('(4 personas de 2 cooperativas)')
    expect(text).toMatch(/- \*\*Cooperativa Sur:\*\* (Ana Pérez, Luis|Luis, Ana Pérez)\n/)
    expect(text).toContain('- **Spółdzielnia Kodu:** Ola')
    expect(text).not.toContain('cooperativa  SUR')
    expect(text).toMatch(/- \*[^*]+\* Kenji/)
  })
})
