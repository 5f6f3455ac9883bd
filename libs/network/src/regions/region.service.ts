import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner } from '@jazari/database';
import { RegionRepository } from './region.repository.js';
import type { Region } from '../tenant.types.js';

@Injectable()
export class RegionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly regions: RegionRepository,
  ) {}

  list(actor: Actor): Promise<Region[]> {
    return this.transactions.run(actorContext(actor), (tx) => this.regions.list(tx));
  }
}
