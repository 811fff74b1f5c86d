/** The words of the working groups' report in the minutes (./minutes.ts), by language. */
import type { MinutesLocales } from '../export/translate'

/** The community's minutes messages, under `workingGroups`. */
export const COMMUNITY_MINUTES_MESSAGES = {
  en: {
    workingGroups: {
      title: 'Working groups report',
      presentedBy: 'presented by {{name}}, {{date}}',
      notReported: 'did not report',
    },
  },
  es: {
    workingGroups: {
      title: 'Informe de los grupos de trabajo',
      presentedBy: 'presentó {{name}}, {{date}}',
      notReported: 'no presentó informe',
    },
  },
} as const satisfies MinutesLocales
