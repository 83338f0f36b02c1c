import { useState } from 'react';
import { fieldErrors } from '../../api/problem';
import type { Lock } from '../../api/types';
import { Modal } from '../../components/Modal';
import { grantableToCode, levelName } from '../../lib/permissionLevel';
import { useAllCodes } from '../codes/queries';
import { useShareLocks } from './mutations';
import { ShareChooseStep, type ShareChoice } from './ShareChooseStep';
import { ShareConfirmStep } from './ShareConfirmStep';

// Field problems of the share request; all of them belong to this dialog.
const SHARE_FIELDS = ['/lockIds', '/recipient/uniqueCodeId', '/recipient', '/level'];

interface ShareDialogProps {
  locks: Lock[];
  onClose: () => void;
  onShared: (message: string) => void;
}

/** Share the selected locks to a Unique Code: choose code and level, then confirm. */
export function ShareDialog({ locks, onClose, onShared }: ShareDialogProps) {
  const codes = useAllCodes('ACTIVE');
  const share = useShareLocks();
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const [choice, setChoice] = useState<ShareChoice>({ uniqueCodeId: '', level: 'RESTRICTED' });
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const code = codes.data?.find((c) => c.id === choice.uniqueCodeId);
  const errors = { ...fieldErrors(share.error), ...localErrors };

  function next() {
    const found: Record<string, string> = {};
    if (!choice.uniqueCodeId) found['/recipient/uniqueCodeId'] = 'Choose a Unique Code.';
    if (!grantableToCode(choice.level)) found['/level'] = 'A Unique Code can be given at most Maintenance.';
    setLocalErrors(found);
    if (Object.keys(found).length === 0) setStep('confirm');
  }

  function confirm() {
    const { uniqueCodeId, level } = choice;
    share.mutate(
      { lockIds: locks.map((l) => l.id), recipient: { type: 'UNIQUE_CODE', uniqueCodeId }, level },
      {
        onSuccess: (result) =>
          onShared(`Shared ${result.items.length} lock(s) to code ${code?.code ?? ''} at ${levelName(level)}.`),
      },
    );
  }

  return (
    <Modal title={`Share ${locks.length} lock${locks.length === 1 ? '' : 's'}`} onClose={onClose} focusKey={step}>
      {step === 'choose' ? (
        <ShareChooseStep
          locks={locks}
          codes={codes}
          choice={choice}
          errors={errors}
          onChange={setChoice}
          onNext={next}
          onCancel={onClose}
        />
      ) : (
        <ShareConfirmStep
          locks={locks}
          code={code}
          level={choice.level}
          errors={errors}
          shownFields={SHARE_FIELDS}
          share={share}
          onBack={() => setStep('choose')}
          onConfirm={confirm}
        />
      )}
    </Modal>
  );
}
