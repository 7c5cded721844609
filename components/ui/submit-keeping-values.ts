"use client";

import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit for a form whose action comes from useActionState, that keeps what was typed and
 * chosen when the answer is an error. A form submitted through `action={…}` is reset by React
 * afterwards, and a <select> (controlled or not) then falls back to its first option, so a refused
 * form would silently lose the choice. Reset the form yourself on success.
 */
export function submitKeepingValues(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => dispatch(formData));
  };
}
