export interface DemoBeneficiary {
  readonly ice: string;
  readonly name: string;
  readonly size: 'startup' | 'micro' | 'small' | 'medium';
  readonly sector: string;
  readonly region: string;
}

/** Two of them are supported by two institutes each: the registry holds them once. */
export const DEMO_BENEFICIARIES: readonly DemoBeneficiary[] = [
  { ice: '002871453000061', name: 'Sahara Vision', size: 'startup', sector: 'health', region: 'MA-04' },
  {
    ice: '003194627000048',
    name: 'Souss Agri Data',
    size: 'startup',
    sector: 'agriculture',
    region: 'MA-09',
  },
  { ice: '001562398000072', name: 'Dar Diagnostics', size: 'micro', sector: 'health', region: 'MA-04' },
  {
    ice: '002240875000019',
    name: 'Atlas Mécanique Précision',
    size: 'small',
    sector: 'industry',
    region: 'MA-06',
  },
  {
    ice: '003377104000056',
    name: 'Coopérative Tifawin Digital',
    size: 'micro',
    sector: 'agriculture',
    region: 'MA-09',
  },
];
/** The ICEs supported by two institutes. */
export const SHARED_BENEFICIARY_ICES = ['002871453000061', '003194627000048'] as const;
