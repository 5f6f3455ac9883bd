import { Anchor, Button, Card, Group, Progress, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useInvalidatePath } from '../../features/identity/admin';
import { DeliverablesTab } from '../../features/projects/deliverables-tab';
import { KpisTab } from '../../features/projects/kpis-tab';
import { MilestonesTab } from '../../features/projects/milestones-tab';
import { PeopleTab } from '../../features/projects/people-tab';
import { MOVE_TO, STATUS_COLOR, useProject, type Project } from '../../features/projects/projects';
import { ReportsTab } from '../../features/projects/reports-tab';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { PageHeader, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { WholeBadge } from '../../ui/whole-badge';

const TABS = ['overview', 'milestones', 'deliverables', 'kpis', 'reports', 'team'] as const;
type Tab = (typeof TABS)[number];

/**
 * A project as its institute works on it. Each tab has its own URL (`/projects/:id/milestones`, …) so the
 * links of the home page and of notices land on it; `#<id>` brings a milestone or deliverable into view.
 */
export function Component() {
  const { id = '', '*': rest = '' } = useParams();
  const t = useT();
  const project = useProject(id);
  const tab: Tab = TABS.find((x) => x === rest.split('/')[0]) ?? 'overview';
  return (
    <>
      <Anchor
        component={Link}
        to="/projects"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} className="mirror" aria-hidden />
        {t('projects.back')}
      </Anchor>
      <QueryState query={project}>{(p) => <ProjectView project={p} tab={tab} />}</QueryState>
    </>
  );
}

function ProjectView({ project: p, tab }: { project: Project; tab: Tab }) {
  const t = useT();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const focus = hash ? decodeURIComponent(hash.slice(1)) : undefined;

  // A link to `#<id>` scrolls to that milestone or deliverable once its tab has drawn it.
  useEffect(() => {
    if (!focus) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      const el = document.getElementById(focus);
      if (el || ++tries > 40) {
        window.clearInterval(timer);
        el?.scrollIntoView({ block: 'center' });
        el?.focus({ preventScroll: true });
      }
    }, 100);
    return () => window.clearInterval(timer);
  }, [focus, tab]);

  return (
    <>
      <PageHeader
        title={p.title}
        subtitle={`${p.institute.name} · ${t(`projects.type.${p.type}`)}`}
        badge={
          <WholeBadge size="lg" variant="light" color={STATUS_COLOR[p.status]} data-testid="project-status">
            {t(`projects.status.${p.status}`)}
          </WholeBadge>
        }
        actions={<ProjectMoves project={p} />}
      />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (value) void navigate(`/projects/${p.id}${value === 'overview' ? '' : `/${value}`}`);
        }}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="overview">{t('projects.tab.overview')}</Tabs.Tab>
          <Tabs.Tab
            value="milestones"
            rightSection={
              p.counts.lateMilestones > 0 ? (
                <WholeBadge size="xs" color="red.8" variant="filled" circle>
                  {p.counts.lateMilestones}
                </WholeBadge>
              ) : undefined
            }
          >
            {t('projects.tab.milestones')}
          </Tabs.Tab>
          <Tabs.Tab value="deliverables">{t('projects.tab.deliverables')}</Tabs.Tab>
          <Tabs.Tab value="kpis">{t('projects.tab.kpis')}</Tabs.Tab>
          <Tabs.Tab value="reports">{t('projects.tab.reports')}</Tabs.Tab>
          <Tabs.Tab value="team">{t('projects.tab.team')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Overview project={p} />
        </Tabs.Panel>
        <Tabs.Panel value="milestones">
          <MilestonesTab project={p} focus={focus} />
        </Tabs.Panel>
        <Tabs.Panel value="deliverables">
          <DeliverablesTab project={p} focus={focus} />
        </Tabs.Panel>
        <Tabs.Panel value="kpis">
          <KpisTab project={p} />
        </Tabs.Panel>
        <Tabs.Panel value="reports">
          <ReportsTab project={p} />
        </Tabs.Panel>
        <Tabs.Panel value="team">
          <PeopleTab project={p} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

type Move = keyof typeof MOVE_TO;

/** The status moves the API allows this person now (`canManage` and `allowedTransitions`), each confirmed. */
function ProjectMoves({ project: p }: { project: Project }) {
  const t = useT();
  const invalidate = useInvalidatePath();
  const [move, setMove] = useState<Move>();
  if (!p.canManage) return null;
  const moves = (Object.keys(MOVE_TO) as Move[]).filter((m) => p.allowedTransitions.includes(MOVE_TO[m]));
  if (moves.length === 0) return null;

  const run = async (m: Move) => {
    const init = { params: { path: { id: p.id } }, headers: { 'if-match': `"${p.version}"` } };
    if (m === 'activate') await unwrap(api.POST('/api/v1/projects/{id}/activate', init));
    else if (m === 'hold') await unwrap(api.POST('/api/v1/projects/{id}/hold', init));
    else if (m === 'complete') await unwrap(api.POST('/api/v1/projects/{id}/complete', init));
    else await unwrap(api.POST('/api/v1/projects/{id}/cancel', init));
    toast(t('projects.moved', { status: t(`projects.status.${MOVE_TO[m]}`) }));
    await invalidate('/api/v1/projects');
  };

  return (
    <>
      {moves.map((m) => (
        <Button
          key={m}
          variant={m === 'cancel' ? 'outline' : m === 'activate' || m === 'complete' ? 'filled' : 'light'}
          color={m === 'cancel' ? 'red.9' : undefined}
          onClick={() => setMove(m)}
        >
          {t(`projects.move.${m}`)}
        </Button>
      ))}
      <ConfirmActionModal
        opened={move !== undefined}
        onClose={() => setMove(undefined)}
        title={move ? t(`projects.move.${move}`) : ''}
        confirmLabel={move ? t(`projects.move.${move}`) : ''}
        color={move === 'cancel' ? 'red' : 'blue'}
        onConfirm={() => (move ? run(move) : Promise.resolve())}
      >
        {move && t(`projects.moveBody.${move}`, { title: p.title })}
      </ConfirmActionModal>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" fw={500}>
        {children}
      </Text>
    </div>
  );
}

function Counter({ label, value, alert, to }: { label: string; value: number; alert?: boolean; to: string }) {
  return (
    <Card withBorder radius="md" padding="md" component={Link} to={to} style={{ textDecoration: 'none' }}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={alert ? 'red.8' : undefined}>
        {value}
      </Text>
    </Card>
  );
}

function Overview({ project: p }: { project: Project }) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const budget = Number(p.budgetMad);
  const spent = budget > 0 ? (Number(p.spentMad) / budget) * 100 : null;
  const codes = (list: Project['priorities']) => list.map((c) => c.labels[locale]).join(' · ') || '—';
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Counter
          label={t('projects.counts.milestones')}
          value={p.counts.milestones}
          to={`/projects/${p.id}/milestones`}
        />
        <Counter
          label={t('projects.counts.lateMilestones')}
          value={p.counts.lateMilestones}
          alert={p.counts.lateMilestones > 0}
          to={`/projects/${p.id}/milestones`}
        />
        <Counter
          label={t('projects.counts.deliverables')}
          value={p.counts.deliverables}
          to={`/projects/${p.id}/deliverables`}
        />
        <Counter
          label={t('projects.counts.overdueDeliverables')}
          value={p.counts.overdueDeliverables}
          alert={p.counts.overdueDeliverables > 0}
          to={`/projects/${p.id}/deliverables`}
        />
      </SimpleGrid>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="project-summary">
        <Title order={2} size="h4" id="project-summary" mb="sm">
          {t('projects.overview.summary')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto">
          {p.summary}
        </Text>
      </Card>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="project-facts">
        <Title order={2} size="h4" id="project-facts" mb="md">
          {t('projects.overview.facts')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <Fact label={t('projects.overview.institute')}>{p.institute.name}</Fact>
          <Fact label={t('projects.overview.lead')}>{p.lead.displayName ?? '—'}</Fact>
          <Fact label={t('projects.overview.period')}>
            {f.date(p.startDate)} – {f.date(p.endDate)}
          </Fact>
          <Fact label={t('projects.overview.budget')}>
            {f.money(p.budgetMad)}
            {spent !== null && (
              <>
                <Progress value={Math.min(100, spent)} size="sm" mt={4} color="teal" aria-hidden />
                <Text size="xs" c="dimmed">
                  {t('projects.overview.spent', { amount: f.money(p.spentMad), percent: f.percent(spent) })}
                </Text>
              </>
            )}
          </Fact>
          <Fact label={t('projects.overview.priorities')}>{codes(p.priorities)}</Fact>
          <Fact label={t('projects.overview.regions')}>{codes(p.regions)}</Fact>
          <Fact label={t('projects.overview.domains')}>{codes(p.domains)}</Fact>
          <Fact label={t('projects.overview.updatedAt')}>{f.dateTime(p.updatedAt)}</Fact>
        </SimpleGrid>
      </Card>
      {p.partners.length > 0 && (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('projects.people.partners')}
          </Text>
          {p.partners.map((x) => (
            <WholeBadge key={x.id} variant="outline">
              {x.name}
            </WholeBadge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
