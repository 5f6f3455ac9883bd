import { Module } from '@nestjs/common';
import { LoginThrottle, PasswordHasher, SecondFactorModule } from '@jazari/identity';
import { OutboxModule } from '@jazari/outbox';
import { ProjectsModule } from '@jazari/projects';
import { RawUploadModule } from '@jazari/http';
import { StorageModule } from '@jazari/storage';
import { ConventionAccess } from './convention-access.js';
import { ConventionListRepository } from './conventions/convention-list.repository.js';
import { ConventionLifecycleController } from './conventions/convention-lifecycle.controller.js';
import { ConventionLifecycleService } from './conventions/convention-lifecycle.service.js';
import { ConventionQueryService } from './conventions/convention-query.service.js';
import { ConventionReferenceCheck } from './conventions/convention-references.check.js';
import { ConventionController } from './conventions/convention.controller.js';
import { ConventionLoader } from './conventions/convention.loader.js';
import { ConventionRepository } from './conventions/convention.repository.js';
import { ConventionService } from './conventions/convention.service.js';
import { ConventionDocumentController } from './documents/convention-document.controller.js';
import { ConventionDocumentRepository } from './documents/convention-document.repository.js';
import { ConventionDocumentService } from './documents/convention-document.service.js';
import { EvidenceController } from './evidence/evidence.controller.js';
import { EvidenceModule } from './evidence/evidence.module.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { ObligationController } from './obligations/obligation.controller.js';
import { ObligationRepository } from './obligations/obligation.repository.js';
import { ObligationService } from './obligations/obligation.service.js';
import { SigningController } from './signing/signing.controller.js';
import { SigningRepository } from './signing/signing.repository.js';
import { SigningService } from './signing/signing.service.js';

/**
 * Partnership conventions: their content, documents, signing workflow, evidence and obligations.
 * Controllers and providers are listed here, one line each.
 */
@Module({
  imports: [OutboxModule, ProjectsModule, StorageModule, EvidenceModule, RawUploadModule, SecondFactorModule],
  controllers: [
    ConventionController,
    ConventionLifecycleController,
    ConventionDocumentController,
    SigningController,
    EvidenceController,
    ObligationController,
  ],
  providers: [
    // Signing re-checks the signer's password, counted like a sign-in's, and asks a second factor.
    PasswordHasher,
    LoginThrottle,
    ConventionAccess,
    ConventionRepository,
    ConventionListRepository,
    ConventionLoader,
    ConventionReferenceCheck,
    ConventionService,
    ConventionLifecycleService,
    ConventionQueryService,
    ConventionDocumentRepository,
    ConventionDocumentService,
    EvidenceService,
    SigningRepository,
    SigningService,
    ObligationRepository,
    ObligationService,
  ],
  // ObligationService: workshops record themselves as evidence on the obligation they are linked to.
  exports: [ConventionAccess, EvidenceModule, EvidenceService, ObligationService],
})
export class ConventionsModule {}
