/**
 * The minutes in Spanish: every section's words, plurals and dates in the reader's language and
 * time zone, while what people wrote (titles, notes, names) stays as written.
 */
import { describe, expect, it } from 'vitest'
import { openProposal } from '../decisions/write'
import { setNextMeeting } from '../meeting/meeting'
import { createNoteRecord, DEFAULT_PAGE_ID } from '../notes'
import { recordsMap } from '../boardDoc'
import { boardMinutes } from './minutes'
import { AT, assemblyBoard, INFO, withAnonymousArea } from './testing'

function spanishBoard() {
  const doc = withAnonymousArea(assemblyBoard())
  doc.transact(() => {
    setNextMeeting(doc, { at: Date.UTC(2026, 6, 2, 16, 0), note: 'En línea, mismo enlace' })
    const opened = openProposal(doc, {
      id: 'pr2',
      text: 'Fondo común para la traducción',
      openedBy: 'Fer · Coop 01',
      at: AT - 2 * 60_000,
      x: 4000,
      y: 400,
    })
    if (typeof opened === 'string') throw new Error(opened)
    recordsMap(doc).set(
      'shape:empty',
      createNoteRecord({ id: 'shape:empty', x: 9000, y: 400, index: 'b1', text: ' ', parentId: DEFAULT_PAGE_ID }),
    )
  })
  return doc
}

describe('the minutes in Spanish', () => {
  const text = boardMinutes(spanishBoard(), { ...INFO, language: 'es', timeZone: 'America/Argentina/Buenos_Aires' })

  it('has its title, date and next meeting in Spanish, in the reader’s time zone', () => {
    expect(text.startsWith('# Assembly 4 June\n\n*Acta del 4 de junio de 2026')).toBe(true)
    expect(text).toMatch(/^\*Acta del 4 de junio de 2026.* 15:30 GMT-3\*$/m)
    expect(text).toMatch(/^\*Próxima reunión: 2 de julio de 2026.* 13:00 GMT-3\* \(En línea, mismo enlace\)$/m)
  })

  it('counts the participants in Spanish and tags the facilitator', () => {
    expect(text).toContain('**Participantes** (7 personas de 5 cooperativas)')
    expect(text).toContain('- **Coop 01:** Ana, Fer (facilitación)')
  })

  it('gives each decision its outcome, its date and time, and the stances in Spanish', () => {
    expect(text).toMatch(
      /## Decisiones\n\n1\. \*\*No aprobada:\*\* We share one accounting platform\n {3}\*Decidida el 4 de junio de 2026.* 15:27 GMT-3 · 1 consentimiento, 1 reparo, 1 bloqueo\*/,
    )
    expect(text).toContain('   - Coop 02 — reparo: “Migration cost \\| unclear”')
    expect(text).toMatch(
      /### Propuestas todavía abiertas\n\n- Fondo común para la traducción — \*abierta desde el 4 de junio de 2026.* 15:28 GMT-3: sin posturas\*/,
    )
  })

  it('words the votes, the corners and the breakout groups in Spanish', () => {
    expect(text).toContain('### What first?\n*Selección de 3 notas, 2 puntos por persona, 2 personas votaron*')
    expect(text).toContain('— *Ana · Coop 01* · 3 puntos · 👍 1')
    expect(text).toContain('## Rincones de las cooperativas\n\n### Coop 01\n*1 nota*')
    expect(text).toContain('### Coop 02\n*2 notas*')
    expect(text).toMatch(/\*Sin notas en los rincones de:\* Coop 04, Coop 05, .*Coop 31\n/)
    expect(text).toMatch(
      /## Sesión de grupos · 4 de junio de 2026.* 14:50 GMT-3\n\*3 grupos, 25 minutos, grupos al azar y equilibrados, todavía en curso\*/,
    )
    expect(text).toMatch(/### Grupo 3: Финансы\n\*\*Relatoría:\*\* \S+ · Coop 0\d {2}\n\*\*Integrantes:\*\* /)
  })

  it('names the other areas and notes in Spanish, the empty note too', () => {
    expect(text).toContain('## Otras áreas\n\n### Worries\n*1 nota, anónima*\n\n- I am worried about the budget')
    expect(text).toContain('## Otras notas\n\n- Next assembly: 2 July, 16:00 UTC — *Sol · Coop 04*\n- *(nota vacía)*')
  })

  it('has no English word of the minutes left', () => {
    for (const english of [
      'Minutes of',
      'Participants',
      'Decisions',
      'Not agreed',
      'Decided',
      'Votes',
      'Coop corners',
      'Breakout',
      'Rapporteur',
      'Other areas',
      'Other notes',
      '(facilitator)',
      ' dots',
      'empty note',
    ]) {
      expect(text).not.toContain(english)
    }
  })
})
