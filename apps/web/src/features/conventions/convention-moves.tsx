import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconFingerprint, IconSend, IconSignature, IconX } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useT } from '../../i18n/format';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { toast } from '../../ui/toast';
import { useCan, useMe } from '../identity/me';
import { myPasskeyAssertion, PasskeyProblem } from '../identity/passkeys';
import { mySigningTurn, type Convention } from './conventions';

type Move = 'submit' | 'returnToDraft' | 'send' | 'void' | 'terminate' | 'sign' | 'decline';

/** The moves the API allows this person on this convention, in the order they come in its life. */
export function allowedMoves(c: Convention, signTurn: boolean, canSign: boolean): Move[] {
  const next = new Set(c.allowedTransitions);
  const moves: Move[] = [];
  if (signTurn && canSign && next.has('declined')) moves.push('sign', 'decline');
  if (c.canManage) {
    if (c.status === 'draft' && next.has('in_review')) moves.push('submit');
    if (c.status === 'in_review' && next.has('out_for_signature')) moves.push('send');
    if (c.status === 'in_review' && next.has('draft')) moves.push('returnToDraft');
    if (next.has('terminated')) moves.push('terminate');
    if (next.has('voided')) moves.push('void');
  }
  return moves;
}

/**
 * The convention's moves as buttons — submit for review, send for signature, sign (with the person's
 * password), decline or terminate (with a reason), void — shown only when the API allows them. After a
 * move the convention and the lists are read again.
 */
export function ConventionMoves({ convention: c }: { convention: Convention }) {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const client = useQueryClient();
  const [open, setOpen] = useState<Move>();
  // The API says whether this person signs now (`canSign`); the local check keeps an older answer safe.
  const turn = mySigningTurn(c, me.data?.user.id, me.data?.current.tenant.id);
  const moves = allowedMoves(c, c.canSign && turn !== undefined, can('conventions.sign'));
  const path = { path: { id: c.id } };
  const ifMatch = { 'If-Match': `"${c.version}"` };

  const refresh = () =>
    client.invalidateQueries({
      predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith('/api/v1/conventions'),
    });
  const done = async (message: string) => {
    await refresh();
    toast(message);
  };
  const direct = async (move: 'submit' | 'returnToDraft') => {
    try {
      if (move === 'submit')
        await unwrap(
          api.POST('/api/v1/conventions/{id}/submit-for-review', {
            params: { ...path, header: ifMatch },
            body: {},
          }),
        );
      else
        await unwrap(
          api.POST('/api/v1/conventions/{id}/return-to-draft', {
            params: { ...path, header: ifMatch },
            body: {},
          }),
        );
      await done(t(move === 'submit' ? 'conventions.moves.submitted' : 'conventions.moves.returned'));
    } catch (e) {
      toast(e instanceof ProblemError && e.title ? e.title : t('conventions.moves.failed'), 'error');
      await refresh();
    }
  };

  if (moves.length === 0) return null;
  return (
    <>
      {moves.includes('sign') && (
        <Button leftSection={<IconSignature size={16} aria-hidden />} onClick={() => setOpen('sign')}>
          {t('conventions.moves.sign')}
        </Button>
      )}
      {moves.includes('decline') && (
        <Button
          variant="default"
          color="red"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={() => setOpen('decline')}
        >
          {t('conventions.moves.decline')}
        </Button>
      )}
      {moves.includes('submit') && (
        <Button onClick={() => void direct('submit')}>{t('conventions.moves.submit')}</Button>
      )}
      {moves.includes('send') && (
        <Button
          leftSection={<IconSend size={16} className="mirror" aria-hidden />}
          onClick={() => setOpen('send')}
        >
          {t('conventions.moves.send')}
        </Button>
      )}
      {moves.includes('returnToDraft') && (
        <Button variant="default" onClick={() => void direct('returnToDraft')}>
          {t('conventions.moves.returnToDraft')}
        </Button>
      )}
      {moves.includes('terminate') && (
        <Button variant="default" color="red" onClick={() => setOpen('terminate')}>
          {t('conventions.moves.terminate')}
        </Button>
      )}
      {moves.includes('void') && (
        <Button variant="subtle" color="red" onClick={() => setOpen('void')}>
          {t('conventions.moves.void')}
        </Button>
      )}

      {open === 'sign' && (
        <SignModal
          convention={c}
          onClose={() => setOpen(undefined)}
          onSigned={(status) =>
            done(t(status === 'active' ? 'conventions.moves.signedActive' : 'conventions.moves.signed'))
          }
        />
      )}
      <ConfirmActionModal
        opened={open === 'decline'}
        onClose={() => setOpen(undefined)}
        title={t('conventions.moves.declineTitle')}
        confirmLabel={t('conventions.moves.decline')}
        reason={{
          label: t('conventions.moves.reason'),
          required: true,
          requiredMessage: t('conventions.moves.reasonRequired'),
        }}
        onConfirm={async (reason) => {
          await unwrap(
            api.POST('/api/v1/conventions/{id}/decline', { params: path, body: { reason: reason ?? '' } }),
          );
          await done(t('conventions.moves.declined'));
        }}
      >
        {t('conventions.moves.declineBody', { reference: c.reference })}
      </ConfirmActionModal>
      <ConfirmActionModal
        opened={open === 'send'}
        onClose={() => setOpen(undefined)}
        title={t('conventions.moves.sendTitle')}
        confirmLabel={t('conventions.moves.send')}
        color="jazari"
        onConfirm={async () => {
          await unwrap(api.POST('/api/v1/conventions/{id}/send', { params: path }));
          await done(t('conventions.moves.sent'));
        }}
      >
        {t('conventions.moves.sendBody')}
      </ConfirmActionModal>
      <ConfirmActionModal
        opened={open === 'terminate'}
        onClose={() => setOpen(undefined)}
        title={t('conventions.moves.terminateTitle')}
        confirmLabel={t('conventions.moves.terminate')}
        reason={{
          label: t('conventions.moves.reason'),
          required: true,
          requiredMessage: t('conventions.moves.reasonRequired'),
        }}
        onConfirm={async (reason) => {
          await unwrap(
            api.POST('/api/v1/conventions/{id}/terminate', {
              params: { ...path, header: ifMatch },
              body: { reason: reason ?? '' },
            }),
          );
          await done(t('conventions.moves.terminated'));
        }}
      >
        {t('conventions.moves.terminateBody', { reference: c.reference })}
      </ConfirmActionModal>
      <ConfirmActionModal
        opened={open === 'void'}
        onClose={() => setOpen(undefined)}
        title={t('conventions.moves.voidTitle')}
        confirmLabel={t('conventions.moves.void')}
        reason={{ label: t('conventions.moves.reasonOptional') }}
        onConfirm={async (reason) => {
          await unwrap(
            api.POST('/api/v1/conventions/{id}/void', {
              params: { ...path, header: ifMatch },
              body: reason ? { reason } : {},
            }),
          );
          await done(t('conventions.moves.voided'));
        }}
      >
        {t('conventions.moves.voidBody', { reference: c.reference })}
      </ConfirmActionModal>
    </>
  );
}

/**
 * Signing re-authenticates the person: their password, checked by the API against their own account, and
 * a fresh second factor (a code of their authenticator app, or a recovery code).
 */
function SignModal({
  convention: c,
  onClose,
  onSigned,
}: {
  convention: Convention;
  onClose: () => void;
  onSigned: (status: string) => Promise<unknown>;
}) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const document = c.documents.at(-1);
  // A signer with a passkey may give it instead of a code.
  const factor = useQuery({
    queryKey: ['/api/v1/me/second-factor'],
    queryFn: () => unwrap(api.GET('/api/v1/me/second-factor')),
  });
  const submit = async (event: FormEvent | undefined, withPasskey = false) => {
    event?.preventDefault();
    if (!password) {
      setError(
        new ProblemError(400, 'local/password-required', t('conventions.sign.passwordRequired'), undefined),
      );
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const body = withPasskey
        ? { password, passkey: await myPasskeyAssertion() }
        : { password, secondFactorCode: code.trim() || undefined };
      const result = await unwrap(
        api.POST('/api/v1/conventions/{id}/sign', { params: { path: { id: c.id } }, body }),
      );
      setPassword('');
      setCode('');
      onClose();
      await onSigned(result.status);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const wrong =
    error instanceof ProblemError &&
    (error.slug === 'invalid-credentials' || error.slug === 'password-required');
  const wrongCode = error instanceof ProblemError && error.slug === 'invalid-second-factor';
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={() => !busy && onClose()}
      title={t('conventions.sign.title', { reference: c.reference })}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('conventions.sign.intro', { title: c.title })}</Text>
          {document && (
            <Text size="xs" c="dimmed">
              {t('conventions.sign.document', { version: document.version, filename: document.filename })}
            </Text>
          )}
          <PasswordInput
            label={t('conventions.sign.password')}
            description={t('conventions.sign.passwordHelp')}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={wrong ? t('conventions.sign.wrongPassword') : undefined}
            required
            data-autofocus
          />
          <TextInput
            label={t('conventions.sign.code')}
            description={t('conventions.sign.codeHelp')}
            name="secondFactorCode"
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={wrongCode ? t('conventions.sign.wrongCode') : undefined}
            required
          />
          {error !== undefined && !wrong && !wrongCode && <PasskeyProblem error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            {(factor.data?.passkeys ?? 0) > 0 && (
              <Button
                variant="light"
                loading={busy}
                leftSection={<IconFingerprint size={16} aria-hidden />}
                onClick={() => void submit(undefined, true)}
              >
                {t('conventions.sign.withPasskey')}
              </Button>
            )}
            <Button type="submit" loading={busy} leftSection={<IconSignature size={16} aria-hidden />}>
              {t('conventions.sign.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
