/**
 * Crisis resources. A mental-health service must never leave a patient in crisis with nothing,
 * so every urgent request and every empty answer carries them.
 */
import type { Urgency } from '@lunajoy/models';

import type { CrisisResources } from '../types';

const CRISIS_RESOURCES: CrisisResources = {
  message:
    'If you are in crisis or thinking about harming yourself, you can get help right now, any time of day.',
  resources: [
    {
      name: '988 Suicide & Crisis Lifeline',
      contact: 'Call or text 988, or chat at 988lifeline.org',
      description: 'Free, confidential support for people in distress, 24/7, anywhere in the US.',
      url: 'https://988lifeline.org',
    },
    {
      name: 'Crisis Text Line',
      contact: 'Text HOME to 741741',
      description: 'Free, 24/7 support by text with a trained crisis counselor.',
      url: 'https://www.crisistextline.org',
    },
    {
      name: 'Emergency services',
      contact: 'Call 911',
      description: 'If you or someone else is in immediate danger.',
      url: 'tel:911',
    },
  ],
};

/** A fresh copy of the crisis resources, so no caller can change them for the next one. */
export function crisisResources(): CrisisResources {
  return structuredClone(CRISIS_RESOURCES);
}

/** The crisis resources when the request is urgent or the answer is empty, else null. */
export function crisisResourcesFor(urgency: Urgency, emptyAnswer: boolean): CrisisResources | null {
  return urgency === 'immediate' || emptyAnswer ? crisisResources() : null;
}
