import { describe, expect, it } from 'vitest'
import { DEFAULT_RELATION_LABELS, WORKING_GROUP_RELATION } from '../../shared/community/api'
import { testTranslator } from '../i18n/testing'
import { relationLabelKey, relationLabelText } from './relationLabelText'

describe('relationLabelText', () => {
  const es = testTranslator('es')
  const en = testTranslator('en')

  it('shows every default label and the working-group relation in Spanish', () => {
    for (const label of [...DEFAULT_RELATION_LABELS, WORKING_GROUP_RELATION]) {
      expect(relationLabelKey(label)).not.toBeNull()
      expect(relationLabelText(label, es)).not.toBe(label)
    }
    expect(relationLabelText(WORKING_GROUP_RELATION, es)).toBe('mismo grupo de trabajo')
    expect(relationLabelText('works with', en)).toBe('works with')
  })

  it('matches a shipped label however it was typed', () => {
    expect(relationLabelText('  Works   WITH ', es)).toBe('colabora con')
  })

  it('shows a community’s own label as typed', () => {
    expect(relationLabelKey('comparte cocina')).toBeNull()
    expect(relationLabelText('współpracuje z', es)).toBe('współpracuje z')
    expect(relationLabelText('共同採購', en)).toBe('共同採購')
  })
})
