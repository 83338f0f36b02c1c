/**
 * After a refused submit, moves focus to the first field marked invalid, once React has rendered the errors, so a
 * keyboard or screen-reader user lands where the problem is.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}
