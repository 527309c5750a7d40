/**
 * Places, names, languages and insurers the generator draws from. Weights are relative.
 * Personal data is fictional: `example.com` mail, 555 phone numbers, real cities only as labels.
 */
import type { StateCode } from '@lunajoy/models';

/** A state the platform operates in, with the cities patients give as their location. */
export interface StateProfile {
  code: StateCode;
  /** relative population, which drives both clinician licences and patient locations */
  weight: number;
  cities: readonly { name: string; zipPrefix: string }[];
}

/** The 20 states the platform operates in. */
export const STATES: readonly StateProfile[] = [
  {
    code: 'CA',
    weight: 12,
    cities: [
      city('Los Angeles', '900'),
      city('San Diego', '921'),
      city('San Francisco', '941'),
      city('Sacramento', '958'),
    ],
  },
  {
    code: 'TX',
    weight: 9,
    cities: [
      city('Houston', '770'),
      city('Austin', '787'),
      city('Dallas', '752'),
      city('San Antonio', '782'),
    ],
  },
  {
    code: 'FL',
    weight: 7,
    cities: [
      city('Miami', '331'),
      city('Orlando', '328'),
      city('Tampa', '336'),
      city('Jacksonville', '322'),
    ],
  },
  {
    code: 'NY',
    weight: 7,
    cities: [
      city('New York', '100'),
      city('Brooklyn', '112'),
      city('Buffalo', '142'),
      city('Rochester', '146'),
    ],
  },
  { code: 'PA', weight: 4, cities: [city('Philadelphia', '191'), city('Pittsburgh', '152')] },
  { code: 'IL', weight: 4, cities: [city('Chicago', '606'), city('Naperville', '605')] },
  { code: 'OH', weight: 3.5, cities: [city('Columbus', '432'), city('Cleveland', '441')] },
  { code: 'GA', weight: 3.5, cities: [city('Atlanta', '303'), city('Savannah', '314')] },
  { code: 'NC', weight: 3.5, cities: [city('Charlotte', '282'), city('Raleigh', '276')] },
  { code: 'MI', weight: 3, cities: [city('Detroit', '482'), city('Ann Arbor', '481')] },
  { code: 'NJ', weight: 3, cities: [city('Newark', '071'), city('Jersey City', '073')] },
  { code: 'VA', weight: 3, cities: [city('Richmond', '232'), city('Arlington', '222')] },
  { code: 'WA', weight: 3, cities: [city('Seattle', '981'), city('Spokane', '992')] },
  { code: 'AZ', weight: 2.5, cities: [city('Phoenix', '850'), city('Tucson', '857')] },
  { code: 'MA', weight: 2.5, cities: [city('Boston', '021'), city('Worcester', '016')] },
  { code: 'TN', weight: 2, cities: [city('Nashville', '372'), city('Memphis', '381')] },
  { code: 'CO', weight: 2, cities: [city('Denver', '802'), city('Boulder', '803')] },
  { code: 'MD', weight: 2, cities: [city('Baltimore', '212'), city('Bethesda', '208')] },
  { code: 'MN', weight: 2, cities: [city('Minneapolis', '554'), city('Saint Paul', '551')] },
  { code: 'OR', weight: 1.5, cities: [city('Portland', '972'), city('Eugene', '974')] },
];

function city(name: string, zipPrefix: string) {
  return { name, zipPrefix };
}

/** Second languages clinicians speak besides English, and how often. */
export const SECOND_LANGUAGES: readonly { name: string; weight: number }[] = [
  { name: 'Spanish', weight: 45 },
  { name: 'Mandarin', weight: 9 },
  { name: 'French', weight: 8 },
  { name: 'Vietnamese', weight: 7 },
  { name: 'Tagalog', weight: 7 },
  { name: 'Korean', weight: 6 },
  { name: 'Arabic', weight: 6 },
  { name: 'Russian', weight: 6 },
  { name: 'Hindi', weight: 6 },
];

export const ENGLISH = 'English';
export const PRIVATE_PAY = 'Private Pay';

/**
 * Insurers as the platform displays them: how likely a clinician is to be in network, and what
 * share of insured patients carry each plan.
 */
export const INSURERS: readonly { name: string; accepted: number; share: number }[] = [
  { name: 'Aetna', accepted: 0.55, share: 14 },
  { name: 'Anthem', accepted: 0.35, share: 8 },
  { name: 'Blue Cross Blue Shield', accepted: 0.6, share: 20 },
  { name: 'Cigna', accepted: 0.5, share: 12 },
  { name: 'Humana', accepted: 0.3, share: 6 },
  { name: 'Kaiser Permanente', accepted: 0.15, share: 7 },
  { name: 'Medicaid', accepted: 0.3, share: 12 },
  { name: 'Medicare', accepted: 0.3, share: 7 },
  { name: 'UnitedHealthcare', accepted: 0.5, share: 14 },
];

/** How often a clinician takes self-paying patients. */
export const PRIVATE_PAY_ACCEPTED = 0.9;

export const FEMALE_FIRST_NAMES = [
  'Maria',
  'Jennifer',
  'Aisha',
  'Mei',
  'Priya',
  'Sarah',
  'Emily',
  'Olivia',
  'Grace',
  'Linh',
  'Sofia',
  'Hannah',
  'Fatima',
  'Rachel',
  'Camila',
  'Ji-woo',
  'Nadia',
  'Claire',
  'Rosa',
  'Leah',
] as const;

export const MALE_FIRST_NAMES = [
  'James',
  'Michael',
  'David',
  'Carlos',
  'Wei',
  'Omar',
  'Daniel',
  'Anthony',
  'Minh',
  'Samuel',
  'Raj',
  'Kevin',
  'Luis',
  'Ethan',
  'Marcus',
  'Joon',
  'Ahmed',
  'Thomas',
  'Andre',
  'Noah',
] as const;

export const NEUTRAL_FIRST_NAMES = [
  'Alex',
  'Jordan',
  'Taylor',
  'Riley',
  'Morgan',
  'Casey',
  'Avery',
  'Quinn',
  'Rowan',
  'Sage',
] as const;

export const LAST_NAMES = [
  'Garcia',
  'Smith',
  'Johnson',
  'Nguyen',
  'Chen',
  'Patel',
  'Kim',
  'Rodriguez',
  'Williams',
  'Brown',
  'Martinez',
  'Lee',
  'Hernandez',
  'Davis',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Khan',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Tran',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'Wright',
  'Scott',
  'Torres',
  'Park',
  'Hill',
  'Flores',
  'Green',
  'Adams',
  'Nelson',
  'Baker',
  'Rivera',
  'Campbell',
  'Mitchell',
  'Carter',
  'Roberts',
  'Shah',
  'Cohen',
  'Ivanova',
  'Haddad',
  'Santos',
  'Reyes',
  'Dubois',
  'Singh',
] as const;
