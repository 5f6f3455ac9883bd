import { Alert, Button, Center, Group, Loader, Stack, Text, Title, type MantineColor } from '@mantine/core';
import { IconAlertTriangle, IconInbox } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { ProblemError } from '../api/problem';
import { useT } from '../i18n/format';

/** The tab's title names the page, for people who use several tabs and for screen readers. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · Jazari`;
  }, [title]);
}

/** A page's heading (its one `h1`), an optional line under it, and its actions at the end of the line. */
export function PageHeader({
  title,
  subtitle,
  actions,
  badge,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  badge?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="sm">
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap">
          <Title order={1} size="h2">
            {title}
          </Title>
          {badge}
        </Group>
        {subtitle && (
          <Text c="dimmed" size="sm" component="div">
            {subtitle}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {label ?? t('common.loading')}
        </Text>
      </Group>
    </Center>
  );
}

/** A problem the API answered, in the reader's language (the API writes its titles and details in it). */
export function ProblemAlert({
  error,
  onRetry,
  color = 'red',
}: {
  error: unknown;
  onRetry?: () => void;
  color?: MantineColor;
}) {
  const t = useT();
  const problem = error instanceof ProblemError ? error : undefined;
  const title =
    problem && problem.status !== 0 && problem.title
      ? problem.title
      : problem
        ? t('common.error.network')
        : t('common.error.title');
  return (
    <Alert
      color={color}
      icon={<IconAlertTriangle aria-hidden />}
      title={title}
      role="alert"
      data-problem={problem?.slug ?? 'error'}
    >
      <Stack gap="xs">
        {problem?.detail && problem.slug !== 'validation-failed' && <Text size="sm">{problem.detail}</Text>}
        {onRetry && (
          <div>
            <Button size="xs" variant="light" color={color} onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" py="xl" gap="xs" ta="center">
      <IconInbox size={36} stroke={1.4} color="var(--mantine-color-gray-5)" aria-hidden />
      <Text fw={600}>{title}</Text>
      {children && (
        <Text c="dimmed" size="sm" component="div">
          {children}
        </Text>
      )}
    </Stack>
  );
}

/** Loading, failed or ready: the three states of anything read from the API. */
export function QueryState<T>({
  query,
  children,
}: {
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data: T | undefined;
    refetch: () => unknown;
  };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined)
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
