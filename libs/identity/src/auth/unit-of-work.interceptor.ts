import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner } from '@jazari/database';
import { from, lastValueFrom, type Observable } from 'rxjs';

/**
 * Runs each authenticated request's handler in one tenant transaction for the verified caller, so every
 * repository call of the request shares it and it commits (or rolls back) as one unit of work.
 */
@Injectable()
export class UnitOfWorkInterceptor implements NestInterceptor {
  constructor(private readonly transactions: TransactionRunner) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (!actor) return next.handle();
    return from(
      this.transactions.run(actorContext(actor), () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
