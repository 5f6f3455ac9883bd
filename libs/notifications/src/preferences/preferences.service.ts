import { HttpStatus, Injectable } from '@nestjs/common';
import { actorContext, type UserActor } from '@jazari/access';
import { TransactionRunner } from '@jazari/database';
import { ProblemException, ValidationProblem } from '@jazari/http';
import { isPersonal, NOTIFICATION_CATEGORIES, type NotificationCategory } from '../notification.types.js';
import type { PreferenceChangeDto, PreferenceDto } from './preferences.dto.js';
import { DEFAULT_PREFERENCE, digestAvailable, inAppLocked, type Preference } from './preferences.js';
import { PreferencesRepository } from './preferences.repository.js';

function view(category: NotificationCategory, preference: Preference): PreferenceDto {
  return {
    category,
    label: { ...NOTIFICATION_CATEGORIES[category].label },
    inApp: preference.inApp,
    inAppLocked: inAppLocked(category),
    email: preference.email,
    digestAvailable: digestAvailable(category),
  };
}

@Injectable()
export class PreferencesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly preferences: PreferencesRepository,
  ) {}

  async list(actor: UserActor): Promise<PreferenceDto[]> {
    const own = await this.transactions.run(actorContext(actor), (tx) =>
      this.preferences.own(tx, actor.userId),
    );
    return (Object.keys(NOTIFICATION_CATEGORIES) as NotificationCategory[])
      .filter((category) => !isPersonal(category))
      .map((category) => view(category, own.get(category) ?? DEFAULT_PREFERENCE));
  }

  /**
   * Applies every change or none: a refused one throws, and the unit of work rolls back the others.
   * A category named twice is refused (which one would win is not obvious).
   */
  async update(actor: UserActor, changes: readonly PreferenceChangeDto[]): Promise<PreferenceDto[]> {
    const categories = changes.map((c) => c.category);
    const twice = categories.findIndex((c, i) => categories.indexOf(c) !== i);
    if (twice >= 0) {
      throw new ValidationProblem([
        { field: `preferences.${twice}.category`, messages: ['category is named twice'] },
      ]);
    }
    return this.transactions.run(actorContext(actor), async (tx) => {
      const own = await this.preferences.own(tx, actor.userId);
      for (const change of changes) {
        const category = change.category as NotificationCategory;
        const current = own.get(category) ?? DEFAULT_PREFERENCE;
        const next: Preference = {
          inApp: change.inApp ?? current.inApp,
          email: change.email ?? current.email,
        };
        if (!next.inApp && inAppLocked(category)) {
          throw new ProblemException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            'preference-locked',
            'In-app notifications stay on',
            `Every "${category}" notification asks you to act: it always reaches your inbox.`,
          );
        }
        if (next.email === 'digest' && !digestAvailable(category)) {
          throw new ProblemException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            'digest-unavailable',
            'No digest for this category',
            `"${category}" notifications are urgent: they are e-mailed at once or not at all.`,
          );
        }
        await this.preferences.save(tx, actor.userId, category, next);
      }
      return this.list(actor);
    });
  }
}
