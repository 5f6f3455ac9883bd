import { PageHeader } from '../../ui/page';

export function Component() {
  return <PageHeader title="admin/members" />;
}
