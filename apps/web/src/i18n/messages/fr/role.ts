export const role = {
  network_admin: 'administrateur·rice du réseau',
  ministry_analyst: 'analyste du ministère',
  institute_manager: 'responsable d’institut',
  researcher: 'chercheur·e',
  partner_admin: 'administrateur·rice partenaire',
  partner_member: 'membre partenaire',
} as const;
