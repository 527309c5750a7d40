import { createLogger } from './logger';
import { LogCapture } from './testing/log-capture';

describe('createLogger', () => {
  it('redacts credentials and personal fields at the top level and one level down', () => {
    const logs = new LogCapture();
    const logger = createLogger({ level: 'info' }, logs);

    logger.info(
      {
        userId: 'user_0001',
        email: 'patient@example.com',
        body: { clinical_needs: ['anxiety'] },
        patient: {
          phone: '+1 555 0100',
          zip_code: '94110',
          profile_data: { age_range: '25-34' },
          clinical_needs: ['ptsd'],
        },
        req: { headers: { authorization: 'Bearer abc.def.ghi', 'x-api-key': 'k'.repeat(24) } },
      },
      'patient read',
    );
    const [entry] = logs.entries();

    expect(entry).toMatchObject({
      userId: 'user_0001',
      email: '[redacted]',
      body: '[redacted]',
      patient: {
        phone: '[redacted]',
        zip_code: '[redacted]',
        profile_data: '[redacted]',
        clinical_needs: '[redacted]',
      },
      req: { headers: { authorization: '[redacted]', 'x-api-key': '[redacted]' } },
    });
    expect(logs.text()).not.toMatch(/example\.com|555 0100|94110|anxiety|ptsd|abc\.def/);
  });
});
