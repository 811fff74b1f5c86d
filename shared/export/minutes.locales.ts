/** The words of the minutes' core sections (title, "Other areas", "Other notes", a note's line), by language. */
import type { MinutesLocales } from './translate'

/** The core's messages, under `minutes`; every shipped language has every key (translate.test.ts). */
export const CORE_MINUTES_MESSAGES = {
  en: {
    minutes: {
      untitledBoard: 'Untitled board',
      takenAt: 'Minutes of {{date}}',
      otherAreas: 'Other areas',
      untitledArea: 'Untitled area',
      notes_one: '{{count}} note',
      notes_other: '{{count}} notes',
      anonymous: 'anonymous',
      otherNotes: 'Other notes',
      emptyNote: '(empty note)',
    },
  },
  es: {
    minutes: {
      untitledBoard: 'Tablero sin título',
      takenAt: 'Acta del {{date}}',
      otherAreas: 'Otras áreas',
      untitledArea: 'Área sin título',
      notes_one: '{{count}} nota',
      notes_other: '{{count}} notas',
      anonymous: 'anónima',
      otherNotes: 'Otras notas',
      emptyNote: '(nota vacía)',
    },
  },
} as const satisfies MinutesLocales
