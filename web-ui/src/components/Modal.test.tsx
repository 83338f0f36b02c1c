import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Modal } from './Modal';
import { ConfirmDialog } from './ConfirmDialog';

function WithOpener({ onClose = () => {} }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Modal
          title="Rename"
          onClose={() => {
            onClose();
            setOpen(false);
          }}
        >
          <p>Pick a new name.</p>
          <input aria-label="Name" />
          <button type="button">Save</button>
        </Modal>
      )}
    </>
  );
}

describe('Modal', () => {
  it('moves focus in on open, keeps Tab inside both ways, and gives focus back to the opener on Escape', async () => {
    render(<WithOpener />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await userEvent.click(opener);
    const name = screen.getByLabelText('Name');
    expect(name).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.tab();
    expect(name).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('still closes on Escape and takes Tab back in after focus has fallen out of the dialog', async () => {
    const onClose = vi.fn();
    render(<WithOpener onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    // What a focused button being disabled or replaced does to focus.
    (document.activeElement as HTMLElement).blur();
    expect(document.body).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByLabelText('Name')).toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes on a click on the backdrop but not on a click inside', async () => {
    const onClose = vi.fn();
    render(<WithOpener onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    await userEvent.click(screen.getByText('Pick a new name.'));
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('dialog').parentElement!);
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

function TwoSteps() {
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  return (
    <Modal title="Share" onClose={() => {}} focusKey={step}>
      {step === 'choose' ? (
        <button type="button" onClick={() => setStep('confirm')}>
          Next
        </button>
      ) : (
        <>
          <button type="button" onClick={() => setStep('choose')}>
            Back
          </button>
          <button type="button" data-autofocus>
            Confirm
          </button>
        </>
      )}
    </Modal>
  );
}

describe('Modal with steps', () => {
  it('moves focus into each new step instead of leaving it on the removed button', async () => {
    render(<TwoSteps />);
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('button', { name: 'Confirm' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });
});

describe('ConfirmDialog', () => {
  function confirm(props: Partial<Parameters<typeof ConfirmDialog>[0]> = {}) {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <ConfirmDialog
        title="Delete Unique Code?"
        confirmLabel="Delete code"
        busy={false}
        error={null}
        failureLabel="Could not delete"
        onConfirm={onConfirm}
        onCancel={onCancel}
        {...props}
      >
        <p>The code stops working at once.</p>
      </ConfirmDialog>,
    );
    return { onConfirm, onCancel, dialog: screen.getByRole('alertdialog', { name: 'Delete Unique Code?' }) };
  }

  it('is an alertdialog described by its message, with focus on Cancel so Enter does not destroy', async () => {
    const { dialog, onConfirm, onCancel } = confirm();
    expect(dialog).toHaveAccessibleDescription('The code stops working at once.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('confirms only with the confirm button', async () => {
    const { onConfirm, onCancel } = confirm();
    await userEvent.click(screen.getByRole('button', { name: 'Delete code' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('holds the confirm button while busy, and Escape still cancels', async () => {
    const { onCancel } = confirm({ busy: true });
    expect(screen.getByRole('button', { name: 'Working…' })).toBeDisabled();
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows a failed attempt inside the dialog', () => {
    confirm({ error: new Error('The server could not be reached') });
    expect(screen.getByRole('alert')).toHaveTextContent('Could not delete: The server could not be reached');
  });
});
