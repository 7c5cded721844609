"use client";

import { useActionState, useEffect, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { keptChecked, keptValue } from "./kept-values";

/**
 * The one way a form keeps what was typed when its submit is refused. React 19 resets a form after
 * its action runs, to each field's default; so every field takes its `defaultValue` (or
 * `defaultChecked`) from `value(name, initial)` / `checked(name, initial)`, which read the values
 * the action sent back with the refusal (formAction echoes every field but the secret ones, which
 * therefore come back empty). React applies a changed default to a mounted <input> and <textarea>,
 * so the reset lands on what was sent; it does not for a mounted <select>, so every <select> also
 * takes `key={form.answer}`, which changes once per answer: the select is rebuilt with its new
 * default in the same commit, and the reset keeps it. On success the fields fall back to `initial`.
 *
 * Chosen over stopping the reset (an onSubmit that dispatches by hand) because secret fields must be
 * cleared, and over remounting the whole form by key because that would also drop the state of the
 * pickers and steps inside a form. The action is passed to useActionState as it is, so a server
 * action still works before hydration.
 */
export function useFormAction<T>(action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>) {
  const [state, dispatch, pending] = useActionState(action, null);
  // Counts answers (storing information from previous renders, as React's docs describe it).
  const [seen, setSeen] = useState({ state, answer: 0 });
  if (seen.state !== state) setSeen({ state, answer: seen.answer + 1 });
  const failed = state && !state.ok ? state : null;
  return {
    action: dispatch,
    pending,
    /** The last answer, null before the first. */
    state,
    failed,
    errors: failed?.fieldErrors ?? {},
    /** Changes once per answer: the `key` of every <select> in the form. */
    answer: seen.answer,
    value: (name: string, initial?: string) => keptValue(state, name, initial),
    checked: (name: string, initial: boolean) => keptChecked(state, name, initial),
  };
}

/**
 * For a form's `ref`: when an answer refuses fields, the focus goes to the first one to put right,
 * instead of staying on the submit button or, once that was disabled while pending, on nothing.
 * `failed` is useFormAction's, which is a new object once per answer.
 */
export function useRefusalFocus(failed: { fieldErrors: Record<string, string> } | null) {
  const [formElement, setFormElement] = useState<HTMLFormElement | null>(null);
  useEffect(() => {
    if (failed && Object.keys(failed.fieldErrors).length > 0) formElement?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failed, formElement]);
  return setFormElement;
}
