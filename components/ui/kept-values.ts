/**
 * What a form's fields start with after an answer (see use-form-action.ts): the values sent with
 * the last refused submit, as the action echoed them back, or the field's own initial value when
 * there was no refusal or the field was not echoed (card, password and other secret fields never
 * are, so they come back empty). No React here, so the rule can be tested alone.
 */
export type FormAnswer = { ok: true } | { ok: false; values: Record<string, string> } | null;

export function keptValue(answer: FormAnswer, name: string, initial = ""): string {
  return answer && !answer.ok ? (answer.values[name] ?? initial) : initial;
}

/** A checkbox is sent only when it is ticked, so after a refusal it is ticked exactly when it was sent. */
export function keptChecked(answer: FormAnswer, name: string, initial: boolean): boolean {
  return answer && !answer.ok ? answer.values[name] !== undefined : initial;
}
