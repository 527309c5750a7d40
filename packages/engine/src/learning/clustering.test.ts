import { assignCluster, trainClusters } from './clustering';
import { patientFeatures } from './patient-features';
import { makePatient, type PatientSketch } from './testing/patient.fixture';

const vocabulary = {
  specialties: ['anxiety', 'depression', 'ptsd', 'stress', 'substance_abuse', 'trauma'],
  therapyGoals: ['coping_skills', 'sleep', 'sobriety'],
};

const group = (prefix: string, count: number, sketch: Omit<PatientSketch, 'id'>) =>
  Array.from({ length: count }, (_, i) => makePatient({ ...sketch, id: `${prefix}${i}` }));

const youngAnxious = group('a', 6, {
  age: '18-24',
  experience: 'first_time',
  needs: ['anxiety', 'stress'],
  goals: ['coping_skills'],
});
const olderSubstance = group('b', 5, {
  age: '55-64',
  experience: 'experienced',
  needs: ['substance_abuse', 'depression'],
  goals: ['sobriety'],
  appointment: 'medication',
  insurance: 'private_pay',
});
const midTrauma = group('c', 4, {
  age: '35-44',
  experience: 'returning',
  needs: ['ptsd', 'trauma'],
  urgency: 'immediate',
});
const everyone = [...youngAnxious, ...olderSubstance, ...midTrauma];

const allFinite = (rows: number[][]) => rows.every((r) => r.every(Number.isFinite));

describe('trainClusters', () => {
  it('gives the same clusters for the same seed, whatever the input order', () => {
    const first = trainClusters(everyone, { k: 3, seed: 7, vocabulary });
    const second = trainClusters([...everyone].reverse(), { k: 3, seed: 7, vocabulary });

    expect(second.centres).toEqual(first.centres);
    expect([...second.assignments].sort()).toEqual([...first.assignments].sort());
  });

  it('puts each group in its own cluster and labels it from its dominant features', () => {
    const model = trainClusters(everyone, { k: 3, seed: 7, vocabulary });
    const labelOf = (id: string) => model.labels[model.assignments.get(id) ?? -1];

    expect(new Set(youngAnxious.map((p) => model.assignments.get(p.id))).size).toBe(1);
    expect(new Set(olderSubstance.map((p) => model.assignments.get(p.id))).size).toBe(1);
    expect([...model.sizes].sort()).toEqual([4, 5, 6]);
    expect(labelOf('a0')).toBe('first-time, 18–24, anxiety and stress');
    expect(labelOf('b0')).toBe('experienced, 55–64, depression and substance abuse');
    expect(labelOf('c0')).toBe('returning, 35–44, ptsd and trauma');
  });

  it.each([
    ['fewer patients than clusters', [youngAnxious[0]!, olderSubstance[0]!, midTrauma[0]!], 3],
    ['identical patients', group('x', 5, { age: '25-34', needs: ['anxiety'] }), 1],
    ['one patient', everyone.slice(0, 1), 1],
    [
      'two distinct patients among copies',
      [...group('y', 4, { age: '25-34' }), ...group('z', 3, { age: '65+' })],
      2,
    ],
  ])('gives a valid model for %s', (_, patients, clusters) => {
    const model = trainClusters(patients, { k: 8, seed: 1, vocabulary });

    expect(model.centres).toHaveLength(clusters);
    expect(allFinite(model.centres)).toBe(true);
    expect(model.sizes.reduce((a, b) => a + b, 0)).toBe(patients.length);
    expect(model.assignments.size).toBe(patients.length);
    expect(new Set(model.labels).size).toBe(clusters);
  });

  it('gives an empty model for no patients', () => {
    const model = trainClusters([], { k: 8, seed: 1, vocabulary });

    expect(model).toMatchObject({ centres: [], sizes: [], labels: [] });
    expect(model.assignments.size).toBe(0);
  });

  it('lengthens labels that would read the same', () => {
    const therapy = group('t', 3, { age: '25-34', experience: 'first_time', needs: ['anxiety'] });
    const medication = group('m', 3, {
      age: '25-34',
      experience: 'first_time',
      needs: ['anxiety'],
      appointment: 'medication',
    });
    const model = trainClusters([...therapy, ...medication], { k: 2, seed: 3, vocabulary });

    expect([...model.labels].sort()).toEqual([
      'first-time, 25–34, anxiety, medication management',
      'first-time, 25–34, anxiety, therapy',
    ]);
  });
});

describe('assignCluster', () => {
  it('assigns a new patient to the nearest centre', () => {
    const model = trainClusters(everyone, { k: 3, seed: 7, vocabulary });
    const newcomer = makePatient({
      id: 'new',
      age: '18-24',
      experience: 'first_time',
      needs: ['anxiety'],
    });

    expect(assignCluster(patientFeatures(newcomer, model.featureSpec), model.centres)).toBe(
      model.assignments.get('a0'),
    );
  });

  it.each([
    [
      'equidistant centres go to the lower id',
      [0, 0],
      [
        [1, 0],
        [-1, 0],
      ],
      0,
    ],
    [
      'the nearest wins',
      [0.9, 0],
      [
        [1, 0],
        [-1, 0],
      ],
      0,
    ],
    [
      'the nearest wins whatever its id',
      [-0.9, 0],
      [
        [1, 0],
        [-1, 0],
      ],
      1,
    ],
    ['no centres give no cluster', [0, 0], [], null],
  ])('%s', (_, point, centres, expected) => {
    expect(assignCluster(point, centres)).toBe(expected);
  });
});
