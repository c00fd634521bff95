export interface DeleteDialogElements {
  dialog: HTMLDialogElement;
  name: HTMLElement;
  purge: HTMLInputElement;
}

/** Asks before deleting a feed, and whether its stored items go too (a native modal <dialog>). */
export class DeleteDialog {
  constructor(private readonly elements: DeleteDialogElements) {}

  /** Resolves with the choice, or undefined when cancelled (button, Escape). */
  ask(feedName: string): Promise<{ purge: boolean } | undefined> {
    const { dialog, name, purge } = this.elements;
    name.textContent = feedName;
    purge.checked = false;
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'delete' ? { purge: purge.checked } : undefined), { once: true });
    });
  }
}
