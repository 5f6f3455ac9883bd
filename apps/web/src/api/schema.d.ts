// Generated from the API's OpenAPI document by `npm run web:api-types`. Do not edit: CI fails when
// this file differs from what the API describes.
export interface paths {
    "/api/v1/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Allocations by view, newest first
         * @description `view=mine` (default): requested by my tenant; `incoming`: on my resources; `awaiting-root` and `all`: Root only.
         */
        get: operations["AllocationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One allocation with its balance and the moves the caller may make */
        get: operations["AllocationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * pending → approved/active (or awaiting_root above the threshold); awaiting_root → approved (Root)
         * @description The owner's managers may approve less than asked. Beyond the period's remaining capacity or the tenant's fair share: 409 with the figures.
         */
        post: operations["AllocationController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** pending or awaiting_root → rejected, with a reason */
        post: operations["AllocationController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** approved or active → revoked, with a reason (the owner's managers) */
        post: operations["AllocationController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record consumption against an active allocation (owner or requester; a system with an API key)
         * @description Answers the balance. Notices go out at 80% and 100% of the approved quantity, once each.
         */
        post: operations["AllocationController_recordUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * pending or awaiting_root → withdrawn (the requesting tenant), with an optional reason
         * @description The owner’s managers are told, and Root’s network admins when it waited for them.
         */
        post: operations["AllocationController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My tenant's balances: approved, used and remaining per resource and period */
        get: operations["AllocationController_balances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys of the caller's tenant */
        get: operations["ApiKeyController_list"];
        put?: never;
        /** Create an API key (its secret is shown once) */
        post: operations["ApiKeyController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One API key */
        get: operations["ApiKeyController_get"];
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["ApiKeyController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's audit log, newest first */
        get: operations["AuditController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recomputes the hash chains the caller may read
         * @description Root verifies every tenant's chain; any other tenant its own. See docs/audit.md.
         */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session of a refresh token */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link by e-mail */
        post: operations["PasswordResetController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tell whether a password reset link still works */
        post: operations["PasswordResetController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset link */
        post: operations["PasswordResetController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new token pair */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer sign-in's second step with a TOTP or recovery code, or a passkey's assertion */
        post: operations["SignInSecondFactorController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/passkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** During sign-in: the new passkey's answer; the session opens */
        post: operations["SignInPasskeyController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/passkey-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign-in's second step with a passkey: the challenge to sign */
        post: operations["SignInPasskeyController_options"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/passkey/registration-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** During sign-in: set up a required second factor as a passkey */
        post: operations["SignInPasskeyController_enrolmentOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** During sign-in: start setting up a required authenticator app */
        post: operations["SignInSecondFactorController_beginTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** During sign-in: confirm the authenticator app with its first code */
        post: operations["SignInSecondFactorController_confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/{tenant}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in through the tenant’s OpenID provider (a browser navigation) */
        get: operations["SsoSignInController_start"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the OpenID provider sends the person back (the redirect URI) */
        get: operations["SsoSignInController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a tenant (by slug or e-mail domain) signs in */
        get: operations["SsoSignInController_options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/switch-tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch the session to another tenant of the caller */
        post: operations["AuthController_switchTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beneficiaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Companies supported by the network, with the supports the caller can see (Root: the whole registry) */
        get: operations["BeneficiaryController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beneficiaries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One company, with the supports the caller can see */
        get: operations["BeneficiaryController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a company's name, size, sector or region (Root network admins; never the ICE) */
        patch: operations["BeneficiaryController_update"];
        trace?: never;
    };
    "/api/v1/beneficiaries/mismatches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Links that described a known company (same ICE) otherwise than the registry, newest first (Root network admins) */
        get: operations["BeneficiaryController_mismatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conventions the caller owns or is a party to (or another view), newest first
         * @description `view=mine` (default), `view=awaiting-my-signature`, `view=all` (Root only); `status` and `type` narrow.
         */
        get: operations["ConventionController_list"];
        put?: never;
        /**
         * Create a convention of the caller's tenant (Root or an institute), status draft
         * @description The reference `<CODE>-<YEAR>-<NNNN>` is given by the API; the owner is always a party.
         */
        post: operations["ConventionController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One convention: parties, documents, signers, obligations, lineage, allowed transitions */
        get: operations["ConventionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft: title, dates, value, deadline, reminder interval, priorities, projects, parties
         * @description The owner's managers; `If-Match` is required. Lists replace the stored ones.
         */
        patch: operations["ConventionController_update"];
        trace?: never;
    };
    "/api/v1/conventions/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Amend an active convention: a new draft of type amendment, with the parent’s parties */
        post: operations["ConventionController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The one-page signing certificate (active, expired or terminated conventions) */
        get: operations["EvidenceController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline to sign: the convention becomes declined and the flow stops */
        post: operations["SigningController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The convention's document versions, oldest first */
        get: operations["ConventionDocumentController_list"];
        put?: never;
        /**
         * Upload a new version of the document: the body is the PDF itself
         * @description The owner's managers, while draft, in review or out for signature. `Content-Type: application/pdf`, content starting with `%PDF-`, at most `UPLOAD_MAX_BYTES`. In review or out for signature, the convention goes back to draft: every signature is cancelled and every signer waits again.
         */
        post: operations["ConventionDocumentController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a version of the document
         * @description The owner, the parties and Root. Its SHA-256 is in `Repr-Digest` (RFC 9530).
         */
        get: operations["ConventionDocumentController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A convention's evidence bundle (jazari-evidence/1)
         * @description Everything needed to check it offline: the hash-chained events, seals, signatures, documents and the public key. `npm run evidence:verify <file>` checks it. For the owner, the parties and Root.
         */
        get: operations["EvidenceController_bundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A convention's obligations, by due date */
        get: operations["ObligationController_list"];
        put?: never;
        /** Add an obligation (the owner’s managers; draft to active conventions) */
        post: operations["ObligationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/obligations/{obligationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an open obligation (the owner’s managers) */
        patch: operations["ObligationController_update"];
        trace?: never;
    };
    "/api/v1/conventions/{id}/obligations/{obligationId}/met": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an obligation met (the responsible party’s admins, or the owner)
         * @description With evidence (given, or linked before), only once it is real: an accepted deliverable, a done milestone, a held workshop; else 409 evidence-not-ready with `evidenceKind` and `evidenceStatus`.
         */
        post: operations["ObligationController_met"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/obligations/{obligationId}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Waive an open obligation (the owner’s managers) */
        post: operations["ObligationController_waive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/return-to-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** in_review → draft */
        post: operations["ConventionLifecycleController_returnToDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send for signature: in_review → out_for_signature, freezing the current document */
        post: operations["SigningController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign, re-entering your password and giving a fresh second factor (a pending signer of the step now signing)
         * @description The last signature of the last step activates the convention and seals its evidence.
         */
        post: operations["SigningController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/signer-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom the owner may name as signers: each party’s active members, by name and role
         * @description The owner's managers, to set the signers; others who see the convention get 403.
         */
        get: operations["SigningController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/signers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A convention's signers, by step, and the step now signing */
        get: operations["SigningController_list"];
        /**
         * Set the signers (replaces them): each a member of the party they sign for, every party ≥ 1
         * @description The owner, while the convention is draft or in_review. Equal steps sign in parallel.
         */
        put: operations["SigningController_setSigners"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/submit-for-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** draft → in_review */
        post: operations["ConventionLifecycleController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** active → terminated, with a reason */
        post: operations["ConventionLifecycleController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conventions/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** draft, in_review or out_for_signature → voided; pending signers are cancelled */
        post: operations["ConventionLifecycleController_void"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/institutes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An institute's dashboard (its own people, or Root's)
         * @description Period figures and the monthly series cover from..to (default: the last 24 months).
         */
        get: operations["DashboardController_institute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redirects to the caller's own dashboard */
        get: operations["DashboardController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/national": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The national dashboard, from the roll-ups (see asOf)
         * @description Period figures and the monthly series cover from..to (default: the last 24 months); region and priority narrow the project figures; institute narrows everything to one institute.
         */
        get: operations["DashboardController_national"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner's dashboard (its own people, or Root's)
         * @description Period figures and the monthly series cover from..to (default: the last 24 months).
         */
        get: operations["DashboardController_partner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The institutes and partners of the network (Root with kind=root), filtered, by pages ordered by id */
        get: operations["DirectoryController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tenant's directory entry (a suspended tenant's: Root only) */
        get: operations["DirectoryController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the caller's own tenant's directory profile and domains */
        put: operations["DirectoryController_saveProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thematic domains in display order */
        get: operations["DomainController_list"];
        put?: never;
        /** Add a thematic domain (Root network admins) */
        post: operations["DomainController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/domains/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Relabel, reorder, deactivate or reactivate a domain (never deleted) */
        patch: operations["DomainController_update"];
        trace?: never;
    };
    "/api/v1/evidence/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Ed25519 public key that seals evidence (pin it to verify bundles) */
        get: operations["EvidenceController_publicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations of the caller's tenant */
        get: operations["InvitationController_list"];
        put?: never;
        /** Invite a person into the tenant */
        post: operations["InvitationController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invitation */
        get: operations["InvitationController_get"];
        put?: never;
        post?: never;
        /** Revoke a pending invitation */
        delete: operations["InvitationController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation with its token */
        post: operations["InvitationController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link is for, before accepting it (the link is the credential) */
        get: operations["InvitationController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: profile, memberships and permissions */
        get: operations["ProfileController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the caller's display name or language */
        patch: operations["ProfileController_update"];
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notification preferences */
        get: operations["PreferencesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the caller's notification preferences */
        patch: operations["PreferencesController_update"];
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, newest first */
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read */
        post: operations["InboxController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notification read */
        post: operations["InboxController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller's notifications are unread */
        get: operations["InboxController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's passkeys */
        get: operations["MyPasskeysController_list"];
        put?: never;
        /** Add a passkey: the browser’s answer to the registration options */
        post: operations["MyPasskeysController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passkeys/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove one of your passkeys (with a fresh second factor) */
        post: operations["MyPasskeysController_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passkeys/authentication-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A challenge to prove one of your passkeys (to sign a convention, add or remove a passkey) */
        post: operations["MyPasskeysController_authenticationOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/passkeys/registration-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start adding a passkey (with a fresh second factor if you have one) */
        post: operations["MyPasskeysController_registrationOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the caller's password */
        post: operations["ProfileController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's second factor: set up or not, recovery codes left, required or not */
        get: operations["MySecondFactorController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/second-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the second factor off (needs a current code) */
        post: operations["MySecondFactorController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/second-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New recovery codes (needs a current code) */
        post: operations["MySecondFactorController_renewRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/second-factor/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up an authenticator app (TOTP) */
        post: operations["MySecondFactorController_beginTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/second-factor/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the authenticator app with its first code */
        post: operations["MySecondFactorController_confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's sessions (device, address, last use) */
        get: operations["MySessionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of your sessions */
        delete: operations["MySessionsController_end"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere else */
        post: operations["MySessionsController_endOthers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/workshop-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your calendar feeds (without their secrets) */
        get: operations["CalendarController_list"];
        put?: never;
        /**
         * Create your personal iCalendar feed of the workshops you are registered for
         * @description The answer holds the secret URL, shown once; only its hash is kept.
         */
        post: operations["CalendarController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/workshop-feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a calendar feed: its URL answers 404 from now on */
        delete: operations["CalendarController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the caller's tenant */
        get: operations["MemberController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member of the tenant */
        get: operations["MemberController_get"];
        put?: never;
        post?: never;
        /** Remove a member from the tenant */
        delete: operations["MemberController_remove"];
        options?: never;
        head?: never;
        /** Change a member's role */
        patch: operations["MemberController_changeRole"];
        trace?: never;
    };
    "/api/v1/members/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's sessions in the tenant */
        get: operations["MemberSessionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of a member's sessions in the tenant */
        delete: operations["MemberSessionsController_end"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Obligations across the caller’s conventions: what it owes (`we-owe`) or is owed (`owed-to-us`) */
        get: operations["ObligationController_listMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The operators' board (HTML): sign in, then queues, jobs by state, failed jobs to retry or dismiss
         * @description The page holds no data; everything it shows comes from the routes below, for network admins only.
         */
        get: operations["OperationsController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/failed-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The copies of jobs that exhausted their attempts (`failed_job`), newest first */
        get: operations["OperationsController_failedJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/failed-jobs/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give up on a failed job: removed from BullMQ, its outbox event marked done; the copy is kept */
        post: operations["OperationsController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/failed-jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a failed job back on its queue, attempts reset (added again from its copy if BullMQ lost it) */
        post: operations["OperationsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per queue: waiting, active, delayed and failed jobs, and the oldest waiting age */
        get: operations["OperationsController_queueDepths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/queues/{queue}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A queue's jobs in one state, newest first (the board's job list) */
        get: operations["OperationsController_jobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The national priorities: pillars in display order, each with its sub-priorities */
        get: operations["PriorityController_tree"];
        put?: never;
        /** Add a pillar, or a sub-priority under an existing pillar (Root network admins) */
        post: operations["PriorityController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priorities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Relabel, reorder, deactivate or reactivate a priority (never deleted) */
        patch: operations["PriorityController_update"];
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Projects the caller may see, newest first
         * @description An institute sees its own, a partner those it takes part in, Root all. Filters narrow (AND).
         */
        get: operations["ProjectController_list"];
        put?: never;
        /** Create a project of the caller's institute (status proposed) */
        post: operations["ProjectController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project, with what the caller may do with it */
        get: operations["ProjectController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit the content: title, summary, dates, budget and spending, priorities, regions, domains
         * @description The institute managers and the members of the project team. Code lists replace the sets.
         */
        patch: operations["ProjectController_update"];
        trace?: never;
    };
    "/api/v1/projects/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** proposed → active, or on_hold → active */
        post: operations["ProjectManagementController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/beneficiaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's beneficiaries, by pages ordered by beneficiary id */
        get: operations["ProjectBeneficiaryController_list"];
        put?: never;
        /** Link a company (by ICE; registered in the national registry if new) to the project, with the support given; a known ICE described otherwise keeps the registry's entry, and `mismatch` says what differs */
        post: operations["ProjectBeneficiaryController_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/beneficiaries/{beneficiaryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink a company from the project (it stays in the registry) */
        delete: operations["ProjectBeneficiaryController_unlink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** proposed, active or on_hold → cancelled (final) */
        post: operations["ProjectManagementController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** active → completed (final) */
        post: operations["ProjectManagementController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's deliverables, by due date */
        get: operations["DeliverableController_list"];
        put?: never;
        /** Plan a deliverable (the project team and the institute managers) */
        post: operations["DeliverableController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deliverable */
        get: operations["DeliverableController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the title, description or due date (while planned or rejected) */
        patch: operations["DeliverableController_update"];
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a submitted deliverable (managers of the owning institute) */
        post: operations["DeliverableController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluation results of a model_evaluation deliverable */
        get: operations["EvaluationController_list"];
        put?: never;
        /** Record an evaluation result (model_evaluation deliverables, planned or rejected) */
        post: operations["EvaluationController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A deliverable's files, oldest first */
        get: operations["DeliverableFileController_list"];
        put?: never;
        /**
         * Upload a file: the body is the file itself, with its own Content-Type
         * @description Name the file with `?filename=` or a `Content-Disposition: attachment; filename*=…` header. The type must be one of the accepted ones and the first bytes must match it (PDF, PNG, JPEG, ZIP-based office formats); the size is limited by `UPLOAD_MAX_BYTES`. While the deliverable is planned or rejected only.
         */
        post: operations["DeliverableFileController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file
         * @description With its Content-Type, Content-Length, and its SHA-256 in `Repr-Digest` (RFC 9530).
         */
        get: operations["DeliverableFileController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a submitted deliverable back to the team, or withdraw an acceptance, saying why */
        post: operations["DeliverableController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit for review: planned → submitted, or rejected → submitted (resubmission) */
        post: operations["DeliverableController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's history, oldest first */
        get: operations["ProjectController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** active → on_hold */
        post: operations["ProjectManagementController_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's KPIs, each with its latest value and % of target */
        get: operations["KpiController_list"];
        put?: never;
        /** Define a KPI (the project team and the institute managers) */
        post: operations["KpiController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/kpis/{kpiId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One KPI */
        get: operations["KpiController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a KPI's name, unit, target or direction */
        patch: operations["KpiController_update"];
        trace?: never;
    };
    "/api/v1/projects/{id}/kpis/{kpiId}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A KPI's measurements, most recent first */
        get: operations["KpiController_listMeasurements"];
        put?: never;
        /** Record a measured value */
        post: operations["KpiController_measure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's milestones, by due date */
        get: operations["MilestoneController_list"];
        put?: never;
        /** Add a milestone (the project team and the institute managers) */
        post: operations["MilestoneController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a milestone */
        delete: operations["MilestoneController_remove"];
        options?: never;
        head?: never;
        /** Change a milestone; `doneDate` marks it reached, `null` reopens it */
        patch: operations["MilestoneController_update"];
        trace?: never;
    };
    "/api/v1/projects/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the partners (a partner removed no longer sees the project) */
        put: operations["ProjectManagementController_setPartners"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/status-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's status reports, latest period first */
        get: operations["StatusReportController_list"];
        put?: never;
        /** File a status report (a person on the project team, or an institute manager) */
        post: operations["StatusReportController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/status-reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One status report */
        get: operations["StatusReportController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the team, and the lead if given */
        put: operations["ProjectManagementController_setTeam"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/attention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Late milestones and overdue deliverables of the projects you can see, most overdue first */
        get: operations["AttentionController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/attention/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliverables of your institute submitted and waiting for your review, the longest waiting first */
        get: operations["AttentionController_reviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The list as CSV (UTF-8 with BOM), same filters, newest first, at most 100,000 rows */
        get: operations["ProjectController_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 12 regions (ISO 3166-2:MA) with their names in fr, ar and en */
        get: operations["RegionController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-downloads/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report's file by its signed download link (from POST /reports/{id}/download-link)
         * @description No credentials: the link is the proof, for the report and tenant it names, for 5 minutes.
         */
        get: operations["ReportDownloadController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your tenant's recurring reports */
        get: operations["ReportScheduleController_list"];
        put?: never;
        /**
         * Schedule a recurring report (monthly or quarterly)
         * @description On the 1st of each month (or quarter) at 06:00 Africa/Casablanca, a report on the previous month (or quarter) is produced once, whatever the number of workers, and its creator is notified.
         */
        post: operations["ReportScheduleController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a recurring report (its reports stay) */
        delete: operations["ReportScheduleController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your tenant's reports, newest first */
        get: operations["ReportController_list"];
        put?: never;
        /**
         * Request a report: national, one institute or one partner, for a period, as XLSX, PDF or CSV
         * @description Answers at once with the report queued (progress 0); the worker renders it and `GET /reports/{id}` shows its progress. When it is ready, the requester is notified (`reports.ready`) with the link.
         */
        post: operations["ReportController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report: its status and progress (percent) */
        get: operations["ReportController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a ready report's file
         * @description Your tenant's reports only; with its SHA-256 in `Repr-Digest` (RFC 9530).
         */
        get: operations["ReportController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/download-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A short-lived signed link to a ready report's file, for a plain link click
         * @description The URL needs no credentials (the web app puts it in `<a href download>`): it names the report and your tenant, is signed (HMAC-SHA256), and works for 5 minutes. Same refusals as the download.
         */
        post: operations["ReportController_downloadLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render a failed report again
         * @description Same scope, period, format and language; queued (progress 0, error cleared) and rendered like a new request. Only a `failed` report, and only by someone who may request it.
         */
        post: operations["ReportController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The shared catalogue the caller sees (its own, network-wide and listed resources), newest first
         * @description Filters: `kind`, `owner`, `region`, `unit`, `status`, `q` (name and description, accents ignored).
         */
        get: operations["ResourceController_list"];
        put?: never;
        /** Publish a resource of the caller's tenant (Root or an institute) */
        post: operations["ResourceController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One resource, with its current terms and version */
        get: operations["ResourceController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a resource (the owner’s managers); `If-Match` is required
         * @description Changing `terms` makes a new terms version that later requests must accept.
         */
        patch: operations["ResourceController_update"];
        trace?: never;
    };
    "/api/v1/resources/{id}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resource's allocations: all for the owner and Root, the caller's own for others */
        get: operations["ResourceAllocationController_list"];
        put?: never;
        /**
         * Ask for a quantity of a resource, for one of the tenant's projects, accepting its terms
         * @description Status `pending`; the owner's managers are told.
         */
        post: operations["ResourceAllocationController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A resource's bookings overlapping a window, by start time, in cursor pages
         * @description The window defaults to 30 days ago … a year ahead; `nextCursor` continues it.
         */
        get: operations["BookingController_list"];
        put?: never;
        /**
         * Book a time slot of a slot-based resource, inside an approved allocation (or directly if allowed)
         * @description Two live bookings of one resource never overlap (an exclusion constraint): the loser gets 409.
         */
        post: operations["BookingController_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{id}/bookings/{bookingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booking (who booked, their managers, or the owner’s managers): frees the slot */
        post: operations["BookingController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The resource's bookings as an iCalendar feed (RFC 5545) */
        get: operations["BookingController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fair-share overrides per tenant (a viewer sees only its own tenant's) */
        get: operations["ResourceController_shares"];
        /** Set every tenant's fair share per period (the owner's managers or Root) */
        put: operations["ResourceController_setShares"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resources/{id}/utilisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Capacity, allocated, used and remaining in one period, per requesting tenant
         * @description The owner and Root see every tenant; others see their own figures.
         */
        get: operations["ResourceController_utilisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This tenant's sign-in rules for its members */
        get: operations["SecurityPolicyController_policy"];
        /** Require (or not) a second factor of this tenant's members */
        put: operations["SecurityPolicyController_setPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant’s single sign-on configuration (the client secret only as "set") */
        get: operations["SsoConfigController_get"];
        /** Set the tenant’s OpenID provider, who may join through it, and password sign-in */
        put: operations["SsoConfigController_save"];
        post?: never;
        /** Remove the tenant’s single sign-on */
        delete: operations["SsoConfigController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tenants, filtered, by pages ordered by id (Root only) */
        get: operations["TenantController_list"];
        put?: never;
        /** Create an institute or a partner (network admins of Root) */
        post: operations["TenantController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tenant (Root only) */
        get: operations["TenantController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a tenant's profile (not its slug, kind or status) */
        patch: operations["TenantController_update"];
        trace?: never;
    };
    "/api/v1/tenants/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a person into another tenant (Root) */
        post: operations["InvitationController_inviteInto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a suspended tenant. Idempotent. */
        post: operations["TenantController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a tenant: its users' tokens and its API keys stop working at once. Idempotent. */
        post: operations["TenantController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verify/documents/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is this document (by its SHA-256) a signed convention? Who signed it, when?
         * @description Answers for active, expired and terminated conventions only; an unknown hash is an empty list.
         */
        get: operations["EvidenceController_verifyDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhooks of the caller's tenant */
        get: operations["WebhookController_list"];
        put?: never;
        /** Register a webhook (its signing secret is shown once) */
        post: operations["WebhookController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook */
        get: operations["WebhookController_get"];
        put?: never;
        post?: never;
        /** Delete a webhook */
        delete: operations["WebhookController_remove"];
        options?: never;
        head?: never;
        /** Change a webhook */
        patch: operations["WebhookController_update"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook's deliveries, newest first */
        get: operations["WebhookController_deliveriesOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery of a webhook */
        get: operations["WebhookController_delivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attempts of one delivery */
        get: operations["WebhookController_attempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again */
        post: operations["WebhookController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a webhook's signing secret */
        post: operations["WebhookController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event types a webhook may subscribe to */
        get: operations["WebhookController_eventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshop-feeds/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A personal workshop calendar, by its secret URL (for calendar clients) */
        get: operations["CalendarController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workshops the caller’s tenant organises or is in the audience of, by start */
        get: operations["WorkshopController_list"];
        put?: never;
        /** Create a workshop (draft) organised by the caller’s tenant */
        post: operations["WorkshopController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A workshop, its agenda, seats and the caller’s registration */
        get: operations["WorkshopController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft or published workshop (organisers) */
        patch: operations["WorkshopController_update"];
        trace?: never;
    };
    "/api/v1/workshops/{id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action item: title, assignee, due date, status (organisers) */
        post: operations["OutcomeController_addActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/action-items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an action item (its status as it progresses) */
        patch: operations["OutcomeController_updateActionItem"];
        trace?: never;
    };
    "/api/v1/workshops/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the agenda: ordered items with time, title and speaker (organisers) */
        put: operations["WorkshopController_agenda"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attendance list: registrations, waitlist, invitations, check-ins (organisers) */
        get: operations["RegistrationController_attendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workshop as an iCalendar event (times in UTC; X-WR-TIMEZONE names its zone) */
        get: operations["WorkshopController_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** draft | published → cancelled; the people registered, waiting or invited are told */
        post: operations["WorkshopController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/cancel-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give up your place; the first on the waitlist takes a freed seat */
        post: operations["RegistrationController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your attendance certificate (PDF), once you checked in */
        get: operations["RegistrationController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check yourself in with the code shown at the venue */
        post: operations["RegistrationController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/deliverables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a project deliverable the workshop produced (one you can see) */
        post: operations["OutcomeController_linkDeliverable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** published → held (once started); records it as evidence on its linked convention obligation */
        post: operations["WorkshopController_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/invitation/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept your invitation: a seat if one is free, else the waitlist */
        post: operations["RegistrationController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/invitation/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline your invitation */
        post: operations["RegistrationController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite named people (organisers); each may accept or decline */
        post: operations["RegistrationController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the minutes and decisions (organisers; published or held workshops) */
        put: operations["OutcomeController_minutes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/minutes/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the minutes of a held workshop; the people registered are told */
        post: operations["OutcomeController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Minutes, decisions, action items and produced deliverables */
        get: operations["OutcomeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** draft → published: the audience sees it and registers */
        post: operations["WorkshopController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register yourself: a seat if one is free, else the waitlist */
        post: operations["RegistrationController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workshops/{id}/registrations/{registrationId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a registered person in (organisers) */
        post: operations["RegistrationController_checkInFor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (no dependency is checked) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * PostgreSQL and Redis answer; 503 problem+json when either does not
         * @description When Redis answers, `queues` details each queue (waiting, active, delayed, failed, oldest waiting age in seconds), or is null if they take longer than 500 ms. Depth never makes the service unready.
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptDeliverableDto: {
            comment?: string;
        };
        AcceptedInvitationDto: {
            /** @description True when accepting created the account */
            createdAccount: boolean;
            /** @enum {string} */
            role: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
            tenant: components["schemas"]["AcceptedInvitationTenantDto"];
            /** Format: uuid */
            userId: string;
        };
        AcceptedInvitationTenantDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "root" | "institute" | "partner";
            slug: string;
        };
        AcceptInvitationDto: {
            /** @description Required when the invitation creates your account */
            displayName?: string;
            /**
             * @default fr
             * @enum {string}
             */
            locale?: "fr" | "ar" | "en";
            /** @description New account: the password to set. Existing account: your current password, which proves it is you. */
            password: string;
            /** @description The token from the invitation link */
            token: string;
        };
        ActionItemDto: {
            assigneeName: Record<string, never> | null;
            assigneeUserId: Record<string, never> | null;
            createdAt: string;
            dueDate: Record<string, never> | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "cancelled";
            title: string;
            updatedAt: string;
        };
        AddedPasskeyDto: {
            passkey: components["schemas"]["PasskeyDto"];
            /** @description When this passkey is your first second factor: ten recovery codes, shown this once */
            recoveryCodes?: string[];
        };
        AgendaDto: {
            /** @description In order; replaces the agenda */
            items: components["schemas"]["AgendaItemDto"][];
        };
        AgendaItemDto: {
            endsAt?: Record<string, never> | null;
            /** @description Free text (a guest speaker) */
            speakerName?: Record<string, never> | null;
            /**
             * Format: uuid
             * @description A member of your tenant
             */
            speakerUserId?: Record<string, never> | null;
            startsAt?: Record<string, never> | null;
            title: string;
        };
        AgendaItemResponseDto: {
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            position: number;
            speakerName: string | null;
            speakerUserId: string | null;
            startsAt: string | null;
            title: string;
        };
        AllocationPageDto: {
            data: components["schemas"]["AllocationResponseDto"][];
            nextCursor: string | null;
        };
        AllocationResponseDto: {
            allowedActions: ("approve" | "reject" | "revoke" | "withdraw")[];
            canRecordUsage: boolean;
            createdAt: string;
            decidedAt: string | null;
            decisionReason: string | null;
            /** Format: date */
            endsOn: string;
            /** Format: uuid */
            id: string;
            justification: string;
            /** @description Asked above the resource's large-request threshold */
            needsRoot: boolean;
            ownerName: string;
            /** Format: uuid */
            ownerTenantId: string;
            /** Format: date */
            periodStart: string;
            /** Format: uuid */
            projectId: string;
            quantityApproved: string | null;
            quantityRequested: string;
            quantityUsed: string;
            remaining: string | null;
            /** Format: uuid */
            requestedBy: string | null;
            requesterName: string;
            /** Format: uuid */
            requesterTenantId: string;
            /** Format: uuid */
            resourceId: string;
            resourceName: string;
            rootDecidedAt: string | null;
            /** Format: date */
            startsOn: string;
            /** @enum {string} */
            status: "pending" | "awaiting_root" | "approved" | "rejected" | "active" | "expired" | "revoked" | "withdrawn";
            termsVersion: number;
            unit: string;
            utilisationPercent: number | null;
            version: number;
        };
        ApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            permissions: ("profile.read" | "profile.update" | "reference.read" | "sessions.manage" | "tenants.read" | "tenants.manage" | "tenants.invite" | "members.read" | "members.manage" | "invitations.read" | "invitations.manage" | "api_keys.read" | "api_keys.manage" | "sso.manage" | "audit.read" | "audit.verify" | "reference.manage" | "directory.manage" | "projects.read" | "projects.create" | "projects.update" | "projects.manage" | "deliverables.review" | "beneficiaries.read" | "conventions.read" | "conventions.manage" | "conventions.sign" | "obligations.update" | "operations.read" | "operations.manage" | "webhooks.read" | "webhooks.manage" | "resources.read" | "resources.request" | "resources.manage" | "resources.approve_large" | "resources.usage.record" | "workshops.read" | "workshops.register" | "workshops.manage" | "dashboards.national" | "dashboards.read" | "reports.read" | "reports.request" | "reports.schedule")[];
            /** Format: date-time */
            revokedAt: string | null;
        };
        ApiKeyPageDto: {
            data: components["schemas"]["ApiKeyDto"][];
            nextCursor: string | null;
        };
        ApproveAllocationDto: {
            /**
             * @description Less than asked, or (default) what was asked
             * @example 200
             */
            quantity?: string;
            reason?: string;
        };
        AttemptDto: {
            cycle: number;
            error: string | null;
            /**
             * Format: date-time
             * @description null: cut short
             */
            finishedAt: string | null;
            latencyMs: number | null;
            number: number;
            /** Format: date-time */
            startedAt: string;
            statusCode: number | null;
        };
        AttemptListDto: {
            data: components["schemas"]["AttemptDto"][];
        };
        AttendanceDto: {
            counts: Record<string, never>;
            data: components["schemas"]["AttendeeDto"][];
        };
        AttendeeDto: {
            checkedInAt: Record<string, never> | null;
            invitedAt: Record<string, never> | null;
            name: Record<string, never> | null;
            queuedAt: string;
            /** Format: uuid */
            registrationId: string;
            /** @enum {string} */
            status: "invited" | "declined" | "registered" | "waitlisted" | "cancelled";
            /** Format: uuid */
            tenantId: string;
            /** Format: uuid */
            userId: string;
        };
        AttentionItemDto: {
            /** @description Days past the due date */
            daysOverdue: number;
            /** Format: date */
            dueDate: string;
            /**
             * Format: uuid
             * @description The milestone or deliverable
             */
            id: string;
            project: components["schemas"]["AttentionProjectDto"];
            /**
             * @description Deliverables only
             * @enum {string|null}
             */
            status: "planned" | "submitted" | "accepted" | "rejected" | null;
            title: string;
            /** @enum {string} */
            type: "milestone" | "deliverable";
        };
        AttentionPageDto: {
            /** @description Most overdue first */
            data: components["schemas"]["AttentionItemDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
            /**
             * Format: date
             * @description The day it was computed for (today, in Morocco)
             */
            today: string;
        };
        AttentionProjectDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The institute that owns it
             */
            instituteId: string;
            title: string;
        };
        AuditActorDto: {
            /**
             * Format: uuid
             * @description The API key used, if any
             */
            apiKeyId: string | null;
            /**
             * Format: uuid
             * @description The person, if any
             */
            userId: string | null;
        };
        AuditChainBreakDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description `hash-mismatch`: the entry's content is not what was hashed; `broken-link`: its prev_hash is not the previous entry's hash; `gap`: its seq does not follow the previous one (an entry is missing)
             * @enum {string}
             */
            reason: "hash-mismatch" | "broken-link" | "gap";
            /** @example 17 */
            seq: number;
        };
        AuditChainDto: {
            /** @description Entries checked; a broken chain is checked up to its first invalid entry */
            checked: number;
            firstInvalid: components["schemas"]["AuditChainBreakDto"] | null;
            /** Format: uuid */
            tenantId: string;
            valid: boolean;
        };
        AuditEventDto: {
            /** @example membership.role_changed */
            action: string;
            /** @description Both null when the system acted */
            actor: components["schemas"]["AuditActorDto"];
            /**
             * @example {
             *       "from": "researcher",
             *       "to": "institute_manager"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description Position in the tenant's chain, from 1, without gaps
             * @example 42
             */
            seq: number;
            target: components["schemas"]["AuditTargetDto"];
        };
        AuditEventPageDto: {
            data: components["schemas"]["AuditEventDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        AuditTargetDto: {
            /** @example 0195f3a4-7c1e-7d2a-9b3c-4d5e6f708192 */
            id: string;
            /** @example membership */
            type: string;
        };
        AuditVerificationDto: {
            /** @description Root sees every tenant's chain; others their own */
            chains: components["schemas"]["AuditChainDto"][];
            checked: number;
            /** @description Every chain verified */
            valid: boolean;
        };
        BalancePageDto: {
            data: components["schemas"]["TenantBalanceDto"][];
            /** @description Always null: the list comes whole */
            nextCursor: string | null;
        };
        BalanceResponseDto: {
            /** Format: uuid */
            allocationId: string;
            approved: string;
            remaining: string;
            /** @description Thresholds (80, 100) this record reached */
            thresholdsReached: number[];
            unit: string;
            used: string;
            utilisationPercent: number | null;
        };
        BeneficiaryDifferenceResponseDto: {
            /**
             * @description The value the request gave
             * @example Sahara Vision
             */
            declared: string;
            /** @enum {string} */
            field: "name" | "size" | "sector" | "regionCode";
            /**
             * @description The registry's value (kept)
             * @example Sahara Vision SARL
             */
            registry: string;
        };
        BeneficiaryMismatchPageResponseDto: {
            data: components["schemas"]["BeneficiaryMismatchReviewResponseDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        BeneficiaryMismatchResponseDto: {
            /** @description Field by field, at least one */
            differences: components["schemas"]["BeneficiaryDifferenceResponseDto"][];
            /**
             * Format: uuid
             * @description The mismatch recorded for Root to review
             */
            id: string;
        };
        BeneficiaryMismatchReviewResponseDto: {
            /** @description The registry's entry as it is now */
            beneficiary: components["schemas"]["BeneficiaryRecordResponseDto"];
            /** Format: date-time */
            createdAt: string;
            /** @description What differed when it was linked (the registry may have been corrected since) */
            differences: components["schemas"]["BeneficiaryDifferenceResponseDto"][];
            /** Format: uuid */
            id: string;
            /** @description The institute that linked it */
            institute: components["schemas"]["SupportInstituteResponseDto"];
            project: components["schemas"]["SupportProjectResponseDto"];
            /**
             * Format: uuid
             * @description Who linked it
             */
            reportedBy: string | null;
        };
        BeneficiaryPageResponseDto: {
            data: components["schemas"]["BeneficiaryResponseDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        BeneficiaryRecordResponseDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description ICE: 15 digits, unique in the registry
             * @example 001525368000087
             */
            ice: string;
            /** Format: uuid */
            id: string;
            /** @example Sahara Vision SARL */
            name: string;
            region: components["schemas"]["BeneficiaryRegionResponseDto"];
            /**
             * @description A thematic domain code
             * @example health
             */
            sector: string;
            /** @enum {string} */
            size: "startup" | "micro" | "small" | "medium";
            /** Format: date-time */
            updatedAt: string;
        };
        BeneficiaryRegionResponseDto: {
            /** @example MA-06 */
            code: string;
            names: components["schemas"]["NamesResponseDto"];
        };
        BeneficiaryResponseDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description ICE: 15 digits, unique in the registry
             * @example 001525368000087
             */
            ice: string;
            /** Format: uuid */
            id: string;
            /** @example Sahara Vision SARL */
            name: string;
            region: components["schemas"]["BeneficiaryRegionResponseDto"];
            /**
             * @description A thematic domain code
             * @example health
             */
            sector: string;
            /** @enum {string} */
            size: "startup" | "micro" | "small" | "medium";
            /** @description The supports the caller can see: its own institute's, those of the projects a partner takes part in, every one for Root */
            supports: components["schemas"]["BeneficiarySupportResponseDto"][];
            /** Format: date-time */
            updatedAt: string;
        };
        BeneficiarySupportResponseDto: {
            /** @description The institute that gives the support */
            institute: components["schemas"]["SupportInstituteResponseDto"];
            /** Format: date-time */
            linkedAt: string;
            note: string | null;
            project: components["schemas"]["SupportProjectResponseDto"];
            /**
             * Format: date
             * @example 2026-02-01
             */
            startedOn: string;
            /** @enum {string} */
            supportKind: "incubation" | "acceleration" | "technical_assistance" | "co_development" | "training" | "compute_access" | "funding";
        };
        BookingPageDto: {
            data: components["schemas"]["BookingResponseDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        BookingResponseDto: {
            /** Format: uuid */
            allocationId: string | null;
            /** Format: uuid */
            bookedBy: string | null;
            bookerName: string;
            /** Format: uuid */
            bookerTenantId: string;
            cancelledAt: string | null;
            createdAt: string;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** Format: uuid */
            resourceId: string;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "confirmed" | "cancelled";
        };
        CancelWorkshopDto: {
            reason?: string;
        };
        ChallengeAnswerDto: {
            /** @description The `challengeToken` of the sign-in answer (202) */
            challengeToken: string;
            /** @description A TOTP code (six digits) or an unused recovery code */
            code: string;
        };
        ChallengeTokenDto: {
            /** @description The `challengeToken` of the sign-in answer (202) */
            challengeToken: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ChangeRoleDto: {
            /** @enum {string} */
            role: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
        };
        CheckInDto: {
            /**
             * @description The code shown at the venue (case and spaces ignored)
             * @example K7MPQ2XR
             */
            code: string;
        };
        CodeLabelDto: {
            /** @example research_innovation.applied_research */
            code: string;
            labels: components["schemas"]["LabelsDto"];
        };
        CompletePasswordResetDto: {
            password: string;
            /** @description The `token` of the link the e-mail carried (`jzp_…`) */
            token: string;
        };
        ConventionActionDto: {
            reason?: string;
        };
        ConventionDeadlineDto: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            kind: "signing" | "expiry";
        };
        ConventionDocumentDto: {
            /** @example application/pdf */
            contentType: string;
            filename: string;
            /** Format: uuid */
            id: string;
            /** @description Pages in the PDF, read at upload; null if unknown (uploaded before it was recorded, or unreadable) */
            pageCount: number | null;
            /** @description The PDF's own Author, if any */
            pdfAuthor: string | null;
            /** @description The PDF's Producer (the software that wrote it), if any */
            pdfProducer: string | null;
            /** @description The PDF's own Title (its Info dictionary), if any */
            pdfTitle: string | null;
            /** @description This is the version every party signed and the evidence chain sealed */
            sealed: boolean;
            /**
             * Format: date-time
             * @description When this version was sent for signature (the last time), null if it never was
             */
            sentForSignatureAt: string | null;
            /** @description SHA-256 of the content, hex */
            sha256: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            /** Format: uuid */
            uploadedBy: string;
            /** @description The uploader's name as it was at upload (null if unknown) */
            uploadedByName: string | null;
            /** @description 1, 2, … per convention */
            version: number;
        };
        ConventionDocumentPageDto: {
            /** @description Oldest version first */
            data: components["schemas"]["ConventionDocumentDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        ConventionDocumentUploadedDto: {
            /** @description Signatures cancelled because the document changed under them */
            cancelledSignatureIds: string[];
            /** @example application/pdf */
            contentType: string;
            /**
             * @description The convention status after the upload
             * @enum {string}
             */
            conventionStatus: "draft" | "in_review" | "out_for_signature" | "active" | "expired" | "terminated" | "declined" | "voided";
            /** @description The convention version (ETag) after the upload */
            conventionVersion: number;
            filename: string;
            /** Format: uuid */
            id: string;
            /** @description Pages in the PDF, read at upload; null if unknown (uploaded before it was recorded, or unreadable) */
            pageCount: number | null;
            /** @description The PDF's own Author, if any */
            pdfAuthor: string | null;
            /** @description The PDF's Producer (the software that wrote it), if any */
            pdfProducer: string | null;
            /** @description The PDF's own Title (its Info dictionary), if any */
            pdfTitle: string | null;
            /** @description This is the version every party signed and the evidence chain sealed */
            sealed: boolean;
            /**
             * Format: date-time
             * @description When this version was sent for signature (the last time), null if it never was
             */
            sentForSignatureAt: string | null;
            /** @description SHA-256 of the content, hex */
            sha256: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            /** Format: uuid */
            uploadedBy: string;
            /** @description The uploader's name as it was at upload (null if unknown) */
            uploadedByName: string | null;
            /** @description 1, 2, … per convention */
            version: number;
        };
        ConventionExecutionDto: {
            /**
             * Format: date
             * @description The day counted on (Africa/Casablanca)
             */
            asOf: string;
            byParty: components["schemas"]["PartyExecutionDto"][];
            /** @description Obligations due on or before today, not waived */
            due: number;
            /** @description met / due, in percent with one decimal; null while nothing is due */
            executedPercent: number | null;
            /** @description Of those, met */
            met: number;
            /** @description Open obligations past their due date */
            overdue: number;
        };
        ConventionLineageDto: {
            /** @description Amendments below, at any depth */
            amendments: components["schemas"]["LineageEntryDto"][];
            /** @description The parent chain, nearest first */
            ancestors: components["schemas"]["LineageEntryDto"][];
        };
        ConventionListItemDto: {
            /** Format: uuid */
            id: string;
            /** @description The signing deadline until active, then the expiry date */
            nextDeadline: components["schemas"]["ConventionDeadlineDto"] | null;
            owner: components["schemas"]["ConventionTenantDto"];
            parties: components["schemas"]["ConventionListPartyDto"][];
            reference: string;
            /** @enum {string} */
            status: "draft" | "in_review" | "out_for_signature" | "active" | "expired" | "terminated" | "declined" | "voided";
            title: string;
            /** @enum {string} */
            type: "framework" | "partnership" | "rnd_collaboration" | "data_sharing" | "mou" | "amendment";
            /** Format: date-time */
            updatedAt: string;
        };
        ConventionListPartyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            roleLabel: string;
        };
        ConventionPageDto: {
            data: components["schemas"]["ConventionListItemDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        ConventionPartyDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "root" | "institute" | "partner";
            /** @description Legal name */
            name: string;
            position: number;
            roleLabel: string;
            slug: string;
        };
        ConventionPartyInputDto: {
            /** @example Partenaire industriel */
            roleLabel: string;
            /**
             * Format: uuid
             * @description An active tenant (Root, an institute or a partner)
             */
            tenantId: string;
        };
        ConventionProjectRefDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The institute that owns the project
             */
            tenantId: string;
        };
        ConventionResponseDto: {
            /** Format: date-time */
            activatedAt: string | null;
            /** @description The statuses this caller can move the convention to: the managers’ moves, a signer’s in turn (declined, and active for the last signature); never the reminders job’s (expired) */
            allowedTransitions: ("draft" | "in_review" | "out_for_signature" | "active" | "expired" | "terminated" | "declined" | "voided")[];
            /** @description The caller is one of the owner's managers */
            canManage: boolean;
            /** @description The caller is a pending signer of the step now signing */
            canSign: boolean;
            /** Format: date-time */
            closedAt: string | null;
            closeReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            /** @enum {string} */
            currency: "MAD";
            /** @description Every version, oldest first */
            documents: components["schemas"]["ConventionDocumentDto"][];
            /** Format: date */
            effectiveDate: string | null;
            /** @description How far obligations due to date are met */
            execution: components["schemas"]["ConventionExecutionDto"];
            /** Format: date */
            expiryDate: string | null;
            /** Format: uuid */
            id: string;
            isOwner: boolean;
            isParty: boolean;
            lineage: components["schemas"]["ConventionLineageDto"];
            obligations: components["schemas"]["ObligationCountsDto"];
            owner: components["schemas"]["ConventionTenantDto"];
            /** Format: uuid */
            parentId: string | null;
            parties: components["schemas"]["ConventionPartyDto"][];
            priorityCodes: string[];
            projects: components["schemas"]["ConventionProjectRefDto"][];
            /** @example JZR-2026-0001 */
            reference: string;
            reminderIntervalDays: number;
            /** Format: date-time */
            sentAt: string | null;
            signers: components["schemas"]["ConventionSignersSummaryDto"];
            /** Format: date */
            signingDeadline: string | null;
            /** @enum {string} */
            status: "draft" | "in_review" | "out_for_signature" | "active" | "expired" | "terminated" | "declined" | "voided";
            title: string;
            /** @enum {string} */
            type: "framework" | "partnership" | "rnd_collaboration" | "data_sharing" | "mou" | "amendment";
            /** Format: date-time */
            updatedAt: string;
            /** @example 2500000.00 */
            valueMad: string | null;
            /** @description Also the ETag */
            version: number;
        };
        ConventionSignerDto: {
            /** Format: date-time */
            actedAt: string | null;
            displayName: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partyTenantId: string;
            /** @enum {string} */
            status: "pending" | "signed" | "declined" | "cancelled";
            step: number;
            /** Format: uuid */
            userId: string;
        };
        ConventionSignersSummaryDto: {
            cancelled: number;
            /** @description The lowest step with pending signers */
            currentStep: number | null;
            declined: number;
            pending: number;
            signed: number;
            signers: components["schemas"]["ConventionSignerDto"][];
            total: number;
        };
        ConventionTenantDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "root" | "institute" | "partner";
            /** @description Legal name */
            name: string;
            slug: string;
        };
        CreateActionItemDto: {
            /** @description Free text (someone outside it) */
            assigneeName?: Record<string, never> | null;
            /**
             * Format: uuid
             * @description A member of your tenant
             */
            assigneeUserId?: Record<string, never> | null;
            /** Format: date */
            dueDate?: Record<string, never> | null;
            /** @enum {string} */
            status?: "open" | "in_progress" | "done" | "cancelled";
            title: string;
        };
        CreateAmendmentDto: {
            /** Format: date */
            effectiveDate?: string;
            /** Format: date */
            expiryDate?: string;
            /** @description Default: the parent's */
            reminderIntervalDays?: number;
            /** Format: date */
            signingDeadline?: string;
            /** @example Avenant n° 1 — extension du périmètre */
            title: string;
            valueMad?: string;
        };
        CreateApiKeyDto: {
            /**
             * Format: date-time
             * @description When the key stops working; none by default
             */
            expiresAt?: string;
            /** @example ERP integration */
            name: string;
            /** @description A subset of your own permissions */
            permissions: ("profile.read" | "profile.update" | "reference.read" | "sessions.manage" | "tenants.read" | "tenants.manage" | "tenants.invite" | "members.read" | "members.manage" | "invitations.read" | "invitations.manage" | "api_keys.read" | "api_keys.manage" | "sso.manage" | "audit.read" | "audit.verify" | "reference.manage" | "directory.manage" | "projects.read" | "projects.create" | "projects.update" | "projects.manage" | "deliverables.review" | "beneficiaries.read" | "conventions.read" | "conventions.manage" | "conventions.sign" | "obligations.update" | "operations.read" | "operations.manage" | "webhooks.read" | "webhooks.manage" | "resources.read" | "resources.request" | "resources.manage" | "resources.approve_large" | "resources.usage.record" | "workshops.read" | "workshops.register" | "workshops.manage" | "dashboards.national" | "dashboards.read" | "reports.read" | "reports.request" | "reports.schedule")[];
        };
        CreateBookingDto: {
            /**
             * Format: uuid
             * @description An approved allocation of the caller's tenant (required unless the resource allows direct booking)
             */
            allocationId?: string;
            /**
             * Format: date-time
             * @description Exclusive end
             * @example 2026-12-03T12:00:00Z
             */
            endsAt: string;
            note?: string;
            /**
             * Format: date-time
             * @example 2026-12-03T08:00:00Z
             */
            startsAt: string;
        };
        CreateConventionDto: {
            /**
             * Format: date
             * @example 2026-03-01
             */
            effectiveDate?: string;
            /**
             * Format: date
             * @description On or after `effectiveDate`
             * @example 2029-02-28
             */
            expiryDate?: string;
            /** @description The owner is always a party: it is added first if missing */
            parties: components["schemas"]["ConventionPartyInputDto"][];
            /**
             * @example [
             *       "research_innovation"
             *     ]
             */
            priorityCodes?: string[];
            /** @description Projects the caller can see */
            projectIds?: string[];
            /** @default 3 */
            reminderIntervalDays?: number;
            /**
             * Format: date
             * @example 2026-02-15
             */
            signingDeadline?: string;
            /** @example Convention de partenariat — vision par ordinateur */
            title: string;
            /**
             * @description `amendment` only through /amendments
             * @enum {string}
             */
            type: "framework" | "partnership" | "rnd_collaboration" | "data_sharing" | "mou";
            /**
             * @description MAD
             * @example 2500000.00
             */
            valueMad?: string;
        };
        CreatedApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description The key itself. Shown once: only its hash is stored. */
            key: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            permissions: ("profile.read" | "profile.update" | "reference.read" | "sessions.manage" | "tenants.read" | "tenants.manage" | "tenants.invite" | "members.read" | "members.manage" | "invitations.read" | "invitations.manage" | "api_keys.read" | "api_keys.manage" | "sso.manage" | "audit.read" | "audit.verify" | "reference.manage" | "directory.manage" | "projects.read" | "projects.create" | "projects.update" | "projects.manage" | "deliverables.review" | "beneficiaries.read" | "conventions.read" | "conventions.manage" | "conventions.sign" | "obligations.update" | "operations.read" | "operations.manage" | "webhooks.read" | "webhooks.manage" | "resources.read" | "resources.request" | "resources.manage" | "resources.approve_large" | "resources.usage.record" | "workshops.read" | "workshops.register" | "workshops.manage" | "dashboards.national" | "dashboards.read" | "reports.read" | "reports.request" | "reports.schedule")[];
            /** Format: date-time */
            revokedAt: string | null;
        };
        CreateDeliverableDto: {
            /** @default  */
            description?: string;
            /**
             * Format: date
             * @example 2026-09-30
             */
            dueDate: string;
            /** @enum {string} */
            kind: "technology_brick" | "prototype" | "model_evaluation" | "dataset" | "technical_report" | "methodology" | "publication" | "software";
            /** @example Darija ASR model, evaluation report */
            title: string;
        };
        CreateDomainDto: {
            /**
             * @description Lower-case letters, digits and _; never changes
             * @example mining
             */
            code: string;
            labels: components["schemas"]["LocalizedLabelsDto"];
            /** @description Display order; by default after the last domain */
            position?: number;
        };
        CreateEvaluationDto: {
            /** @example DarijaSpeech test split */
            benchmark: string;
            /**
             * Format: date
             * @example 2026-02-14
             */
            evaluatedOn: string;
            /**
             * @description Who ran the evaluation
             * @example Jazari Rabat ML team
             */
            evaluator: string;
            /** @example WER */
            metric: string;
            /** @example darija-asr */
            modelName: string;
            /** @example 1.2.0 */
            modelVersion: string;
            /**
             * @description A decimal string (kept exactly) or a number
             * @example 0.183
             */
            score: string | number;
        };
        CreateInvitationDto: {
            /** @example nadia.elfassi@um5.ac.ma */
            email: string;
            /**
             * @description The role the invited person will have in the tenant
             * @enum {string}
             */
            role: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
        };
        CreateKpiDto: {
            /**
             * @description Which way the KPI improves: `higher` (companies trained) or `lower` (a word error rate)
             * @default higher
             * @enum {string}
             */
            direction?: "higher" | "lower";
            /** @example SMEs trained */
            name: string;
            /**
             * @description What it should reach (0 or more)
             * @example 40
             */
            target: string | number;
            /** @example companies */
            unit: string;
        };
        CreateMeasurementDto: {
            /**
             * Format: date
             * @example 2026-03-31
             */
            measuredOn: string;
            note?: string;
            /**
             * @description A decimal string (kept exactly) or a number
             * @example 35
             */
            value: string | number;
        };
        CreateMilestoneDto: {
            /**
             * Format: date
             * @description When it was reached
             */
            doneDate?: string | null;
            /**
             * Format: date
             * @example 2026-06-30
             */
            dueDate: string;
            /** @example Dataset v1 annotated */
            title: string;
        };
        CreateObligationDto: {
            /** @example Deliver the annotated speech corpus */
            description: string;
            /**
             * Format: date
             * @example 2027-03-31
             */
            dueDate: string;
            evidence?: components["schemas"]["EvidenceLinkDto"];
            /**
             * Format: uuid
             * @description The party that must meet it
             */
            responsibleTenantId: string;
        };
        CreatePriorityDto: {
            /**
             * @description A pillar's code, or a sub-priority's: its pillar's code, a dot, its own part. Never changes.
             * @example startup_support.seed_funding
             */
            code: string;
            labels: components["schemas"]["LocalizedLabelsDto"];
            /** @description Display order among its siblings; by default after the last one */
            position?: number;
        };
        CreateProjectDto: {
            /**
             * @description MAD
             * @example 1250000.00
             */
            budgetMad: string;
            /**
             * @description Active thematic domain codes
             * @example [
             *       "agriculture"
             *     ]
             */
            domainCodes?: string[];
            /**
             * Format: date
             * @description On or after `startDate`
             * @example 2027-12-31
             */
            endDate: string;
            /**
             * Format: uuid
             * @description A member of the institute
             */
            leadUserId: string;
            /** @description Active partner tenants; they read the project */
            partnerTenantIds?: string[];
            /**
             * @description Active national priority codes
             * @example [
             *       "research_innovation.applied_research"
             *     ]
             */
            priorityCodes: string[];
            /**
             * @description Region codes
             * @example [
             *       "MA-03"
             *     ]
             */
            regionCodes?: string[];
            /**
             * @default 0.00
             * @example 0.00
             */
            spentMad?: string;
            /**
             * Format: date
             * @example 2026-01-01
             */
            startDate: string;
            summary: string;
            /** @description Members of the institute */
            team?: string[];
            /** @example Prédiction des récoltes par imagerie satellite */
            title: string;
            /** @enum {string} */
            type: "research" | "applied_rnd" | "prototype" | "startup_support" | "sme_adoption" | "training" | "public_service";
        };
        CreateReportScheduleDto: {
            /**
             * @description On the 1st of each month or quarter, 06:00 Casablanca
             * @enum {string}
             */
            cadence: "monthly" | "quarterly";
            /** @enum {string} */
            format: "xlsx" | "pdf" | "csv";
            /**
             * @description Defaults to the creator's language
             * @enum {string}
             */
            locale?: "fr" | "ar" | "en";
            /** @enum {string} */
            scope: "national" | "institute" | "partner";
            /**
             * Format: uuid
             * @description The institute or partner (defaults to your own)
             */
            tenantId?: string;
        };
        CreateResourceDto: {
            /**
             * @description Booked by time slot (labs, equipment, nodes)
             * @default false
             */
            bookable?: boolean;
            /**
             * @description Units available per period (decimal string)
             * @example 2000
             */
            capacity: string;
            /**
             * @description Fair share per tenant per period
             * @example 500
             */
            defaultShare?: Record<string, never> | null;
            description?: string;
            /**
             * @description Bookable without an allocation
             * @default false
             */
            directBooking?: boolean;
            /** @enum {string} */
            kind: "compute" | "dataset" | "model" | "lab" | "equipment" | "expertise" | "software_licence";
            /**
             * @description Approvals above it also need Root's
             * @example 400
             */
            largeRequestThreshold?: Record<string, never> | null;
            /** @example GPU pool — 8 × H100 */
            name: string;
            /**
             * @description The quota period: capacity and shares count per period
             * @enum {string}
             */
            period: "month" | "quarter" | "year";
            /**
             * @description Defaults to the owner's region
             * @example MA-06
             */
            regionCode?: string;
            /**
             * @default available
             * @enum {string}
             */
            status?: "available" | "maintenance" | "retired";
            /** @description Terms of use a requester accepts (versioned) */
            terms?: string;
            /** @enum {string} */
            unit: "gpu_hour" | "cpu_hour" | "TB" | "GB" | "seat" | "slot" | "day" | "hour" | "licence" | "request";
            /**
             * @default network
             * @enum {string}
             */
            visibility?: "network" | "listed";
            /** @description The tenants that see a `listed` resource */
            visibleTo?: string[];
        };
        CreateStatusReportDto: {
            narrative: string;
            /**
             * Format: date
             * @description On or after periodStart
             * @example 2026-03-31
             */
            periodEnd: string;
            /**
             * Format: date
             * @example 2026-01-01
             */
            periodStart: string;
            /**
             * @description Red, amber or green: how the project is doing
             * @enum {string}
             */
            rag: "red" | "amber" | "green";
            /** @default  */
            risks?: string;
        };
        CreateTenantDto: {
            /**
             * @description Required for an institute
             * @example Fès
             */
            city?: string | null;
            /** @example Université Sidi Mohamed Ben Abdellah */
            hostOrganisation?: string | null;
            /**
             * @example institute
             * @enum {string}
             */
            kind: "institute" | "partner";
            /** @example Institut Jazari de Fès (IJF) */
            legalName: string;
            names: components["schemas"]["TenantNamesDto"];
            /**
             * @description ISO 3166-2:MA region code (see `GET /regions`); required for an institute
             * @example MA-03
             */
            regionCode?: string | null;
            /**
             * @description Unique, lower-case kebab-case; cannot be changed later
             * @example jazari-fes
             */
            slug: string;
        };
        CreateWebhookDto: {
            /**
             * @default
             * @example ERP synchronisation
             */
            description?: string;
            /** @default true */
            enabled?: boolean;
            /**
             * @description Names from the notification catalogue (GET /webhooks/event-types)
             * @example [
             *       "conventions.activated"
             *     ]
             */
            eventTypes: string[];
            /**
             * @description https (http to loopback outside production); no private-network host in production
             * @example https://erp.example.ma/jazari/webhooks
             */
            url: string;
        };
        CreateWorkshopDto: {
            /** @enum {string} */
            audience?: "network" | "listed";
            /** @description Listed audience tenants (audience `listed`) */
            audienceTenantIds?: string[];
            /** @description null: no limit */
            capacity?: Record<string, never> | null;
            /** @description Co-organising tenants */
            coOrganiserTenantIds?: string[];
            description?: string;
            /** @example 2026-12-10T16:00:00Z */
            endsAt?: string;
            /** @enum {string} */
            kind: "workshop" | "seminar" | "co_design" | "training" | "steering_committee";
            /**
             * @description ISO 639 codes
             * @example [
             *       "fr",
             *       "ar"
             *     ]
             */
            languages?: string[];
            obligation?: components["schemas"]["ObligationLinkDto"] | null;
            onlineUrl?: Record<string, never> | null;
            /** @description Projects the workshop serves */
            projectIds?: string[];
            registrationClosesAt?: Record<string, never> | null;
            registrationOpensAt?: Record<string, never> | null;
            /** @example 2026-12-10T08:30:00Z */
            startsAt?: string;
            /**
             * @description IANA zone; default Africa/Casablanca
             * @example Africa/Casablanca
             */
            timeZone?: string;
            title?: string;
            venue?: Record<string, never> | null;
        };
        CurrentAccessDto: {
            permissions: ("profile.read" | "profile.update" | "reference.read" | "sessions.manage" | "tenants.read" | "tenants.manage" | "tenants.invite" | "members.read" | "members.manage" | "invitations.read" | "invitations.manage" | "api_keys.read" | "api_keys.manage" | "sso.manage" | "audit.read" | "audit.verify" | "reference.manage" | "directory.manage" | "projects.read" | "projects.create" | "projects.update" | "projects.manage" | "deliverables.review" | "beneficiaries.read" | "conventions.read" | "conventions.manage" | "conventions.sign" | "obligations.update" | "operations.read" | "operations.manage" | "webhooks.read" | "webhooks.manage" | "resources.read" | "resources.request" | "resources.manage" | "resources.approve_large" | "resources.usage.record" | "workshops.read" | "workshops.register" | "workshops.manage" | "dashboards.national" | "dashboards.read" | "reports.read" | "reports.request" | "reports.schedule")[];
            /** @enum {string} */
            role: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
            tenant: components["schemas"]["MembershipTenantDto"];
        };
        DecisionReasonDto: {
            reason: string;
        };
        DeclaredMonthDto: {
            beneficiariesSupported: number;
            /**
             * @description Decimal MAD, as a string
             * @example 250000.00
             */
            budgetCommittedMad: string;
            conventionsSigned: number;
            projectsActive: number;
            projectsStarted: number;
            workshopsHeld: number;
        };
        DeclineDto: {
            reason: string;
        };
        DeliverableDto: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date */
            dueDate: string;
            fileCount: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "technology_brick" | "prototype" | "model_evaluation" | "dataset" | "technical_report" | "methodology" | "publication" | "software";
            /** @description Due before today (in Morocco) and planned or rejected */
            overdue: boolean;
            /** Format: uuid */
            projectId: string;
            reviewComment: string | null;
            /**
             * Format: date-time
             * @description Last review
             */
            reviewedAt: string | null;
            /** Format: uuid */
            reviewerUserId: string | null;
            /** @enum {string} */
            status: "planned" | "submitted" | "accepted" | "rejected";
            /**
             * Format: date-time
             * @description Last submission
             */
            submittedAt: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DeliverableFileDto: {
            /** @example application/pdf */
            contentType: string;
            /** Format: uuid */
            deliverableId: string;
            /** @example evaluation-report.pdf */
            filename: string;
            /** Format: uuid */
            id: string;
            /**
             * @description SHA-256 of the content, hex
             * @example e3b0c442…
             */
            sha256: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            /** Format: uuid */
            uploadedBy: string;
        };
        DeliverableFilePageDto: {
            data: components["schemas"]["DeliverableFileDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        DeliverablePageDto: {
            data: components["schemas"]["DeliverableDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        DeliveryDto: {
            /** @description Attempts made, all cycles together */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Grows with each manual redelivery */
            cycle: number;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: uuid */
            endpointId: string;
            /**
             * Format: uuid
             * @description The event id (`Jazari-Event-Id`)
             */
            eventId: string;
            eventType: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastError: string | null;
            lastStatusCode: number | null;
            latencyMs: number | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        DeliveryPageDto: {
            data: components["schemas"]["DeliveryDto"][];
            nextCursor: string | null;
        };
        DirectoryContactResponseDto: {
            /** @example contact@jazari-fes.ma */
            email: string | null;
            /** @example +212 5 35 00 00 00 */
            phone: string | null;
            /** @example https://jazari-fes.ma */
            website: string | null;
        };
        DirectoryDomainResponseDto: {
            /** @example health */
            code: string;
            labels: components["schemas"]["LocalizedLabelsResponseDto"];
        };
        DirectoryEntryResponseDto: {
            city: string | null;
            contact: components["schemas"]["DirectoryContactResponseDto"];
            description: string | null;
            /** @description Its thematic domains, in display order */
            domains: components["schemas"]["DirectoryDomainResponseDto"][];
            hostOrganisation: string | null;
            /**
             * Format: uuid
             * @description The tenant id
             */
            id: string;
            /** @enum {string} */
            kind: "root" | "institute" | "partner";
            /** @example Institut Jazari de Fès (IJF) */
            legalName: string;
            names: components["schemas"]["LocalizedNamesResponseDto"];
            /**
             * Format: date-time
             * @description When the tenant last saved its profile; null if it never did
             */
            profileUpdatedAt: string | null;
            region: components["schemas"]["RegionResponseDto"] | null;
            /** @example jazari-fes */
            slug: string;
            /**
             * @description Always active, except for Root, who also sees suspended tenants
             * @enum {string}
             */
            status: "active" | "suspended";
        };
        DirectoryPageResponseDto: {
            data: components["schemas"]["DirectoryEntryResponseDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        DomainListResponseDto: {
            data: components["schemas"]["DomainResponseDto"][];
        };
        DomainResponseDto: {
            /** @description Deactivated domains are offered for no new choice */
            active: boolean;
            /** @example health */
            code: string;
            /** Format: date-time */
            createdAt: string;
            labels: components["schemas"]["LocalizedLabelsResponseDto"];
            /** @description Display order */
            position: number;
            /** Format: date-time */
            updatedAt: string;
        };
        DownloadLinkDto: {
            /**
             * Format: date-time
             * @description The link works until then (a few minutes)
             */
            expiresAt: string;
            /** @description The file, for a plain GET without credentials (`/api/v1/report-downloads/{token}`) */
            url: string;
        };
        EnrolledSignInDto: {
            /** @description JWT (HS256), valid `expiresIn` seconds, scoped to one tenant */
            accessToken: string;
            /** @example 900 */
            expiresIn: number;
            /** @description What this session may do (as `GET /me` says); the API checks again on every request */
            permissions: ("profile.read" | "profile.update" | "reference.read" | "sessions.manage" | "tenants.read" | "tenants.manage" | "tenants.invite" | "members.read" | "members.manage" | "invitations.read" | "invitations.manage" | "api_keys.read" | "api_keys.manage" | "sso.manage" | "audit.read" | "audit.verify" | "reference.manage" | "directory.manage" | "projects.read" | "projects.create" | "projects.update" | "projects.manage" | "deliverables.review" | "beneficiaries.read" | "conventions.read" | "conventions.manage" | "conventions.sign" | "obligations.update" | "operations.read" | "operations.manage" | "webhooks.read" | "webhooks.manage" | "resources.read" | "resources.request" | "resources.manage" | "resources.approve_large" | "resources.usage.record" | "workshops.read" | "workshops.register" | "workshops.manage" | "dashboards.national" | "dashboards.read" | "reports.read" | "reports.request" | "reports.schedule")[];
            /** @description Ten single-use recovery codes, shown this once */
            recoveryCodes: string[];
            refreshExpiresIn: number;
            /** @description Opaque; single use: every refresh returns a new one. Absent in cookie mode, where it is set as an HttpOnly cookie */
            refreshToken?: string;
            /** @enum {string} */
            role: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
            tenant: components["schemas"]["SessionTenantDto"];
            /** @example Bearer */
            tokenType: string;
        };
        EvaluationDto: {
            benchmark: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            deliverableId: string;
            /** Format: date */
            evaluatedOn: string;
            evaluator: string;
            /** Format: uuid */
            id: string;
            metric: string;
            modelName: string;
            modelVersion: string;
            /**
             * @description Decimal, as a string
             * @example 0.183
             */
            score: string;
        };
        EvaluationPageDto: {
            data: components["schemas"]["EvaluationDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        EventTypesDto: {
            data: string[];
        };
        EvidenceLinkDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "deliverable" | "milestone" | "workshop";
            /**
             * Format: uuid
             * @description The tenant that owns the linked object
             */
            tenantId: string;
        };
        EvidenceLinkResponseDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "deliverable" | "milestone" | "workshop";
            /** Format: uuid */
            tenantId: string;
        };
        FactorProofDto: {
            /**
             * @description The six digits of your authenticator app now, or an unused recovery code
             * @example 123456
             */
            code?: string;
            /** @description Instead of a code: a passkey’s answer to the options of POST /me/passkeys/authentication-options */
            passkey?: components["schemas"]["PasskeyAssertionDto"];
        };
        FailedJobDto: {
            attempts: number;
            /** @description The job's data (the envelope: ids, tenant and payload) */
            data: Record<string, never>;
            /** Format: date-time */
            failedAt: string;
            /** @description The last error's message (at most 500 characters) */
            failedReason: string;
            /** Format: uuid */
            id: string;
            /** @description The BullMQ job id: the outbox event id for an event */
            jobId: string;
            jobName: string;
            /** @enum {string} */
            queue: "notifications" | "webhooks" | "reports" | "maintenance";
            /** @description How an operator resolved it; null while it waits for one */
            resolved: components["schemas"]["FailedJobResolutionDto"] | null;
            /**
             * Format: uuid
             * @description The event's tenant
             */
            tenantId: string | null;
        };
        FailedJobPageDto: {
            data: components["schemas"]["FailedJobDto"][];
            /** @description Pass as `cursor` for the next (older) page */
            nextCursor: string | null;
        };
        FailedJobResolutionDto: {
            /** @enum {string} */
            resolution: "retried" | "dismissed";
            /** Format: date-time */
            resolvedAt: string;
            /**
             * Format: uuid
             * @description The operator
             */
            resolvedBy: string | null;
        };
        InstituteDashboardDto: {
            /** @description When the roll-ups were last brought up to date (ISO 8601 UTC) */
            asOf: string;
            /** @description { accepted, acceptedOnTime, onTimePercent } in the period */
            deliverables: Record<string, never>;
            /** @description { projectId, projectTitle, kpiId, name, unit, target, direction, latest, percent }: percent follows the direction (latest ÷ target, or target ÷ latest when lower is better; 100 or more: met) */
            kpis: Record<string, never>[];
            lateMilestones: Record<string, never>[];
            /** @description { fr, ar, en } */
            name: Record<string, never>;
            /** @description What the institute owes: { open, met, overdue, waived } */
            obligations: Record<string, never>;
            overdueDeliverables: Record<string, never>[];
            /** @description { from, to }: the months the figures below cover */
            period: Record<string, never>;
            projects: Record<string, never>;
            /** @description { owned[], allocated[], pendingRequests } */
            resources: Record<string, never>;
            /** @description One point per month of the period, oldest first */
            series: components["schemas"]["MonthlyPointDto"][];
            /** Format: uuid */
            tenantId: string;
            upcomingWorkshops: Record<string, never>[];
            /** @description { held, participants, byKind[], byRegion[] }: workshops it organised, held in the period */
            workshops: Record<string, never>;
        };
        InvitationDto: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            invitedBy: string;
            /**
             * Format: date-time
             * @description When the invitation was dispatched by the worker
             */
            recordedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            role: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
            /** @enum {string} */
            status: "open" | "accepted" | "revoked" | "expired";
        };
        InvitationPageDto: {
            data: components["schemas"]["InvitationDto"][];
            nextCursor: string | null;
        };
        InvitationPreviewDto: {
            /** @description True when a Jazari account already has this address: accepting then asks for its password */
            accountExists: boolean;
            /** @description The address the invitation was sent to */
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** @enum {string} */
            role: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
            /** @enum {string} */
            status: "open" | "accepted" | "expired";
            tenant: components["schemas"]["InvitationPreviewTenantDto"];
        };
        InvitationPreviewTenantDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "root" | "institute" | "partner";
            name: components["schemas"]["TenantNamesDto"];
            slug: string;
        };
        InvitationResultDto: {
            /** @description Registrations now invited */
            invited: string[];
            /** @description People who already hold a place or an invitation */
            unchanged: string[];
        };
        InviteDto: {
            invitees: components["schemas"]["InviteeDto"][];
        };
        InviteeDto: {
            /**
             * Format: uuid
             * @description The tenant the person is invited from (one they belong to)
             */
            tenantId: string;
            /** Format: uuid */
            userId: string;
        };
        JobDto: {
            /** Format: date-time */
            addedAt: string;
            attemptsMade: number;
            /** @description The job's data (the envelope: ids, tenant and payload) */
            data: Record<string, never>;
            failedReason: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            id: string;
            name: string;
            /** Format: date-time */
            processedAt: string | null;
            /** @enum {string} */
            state: "waiting" | "active" | "delayed" | "failed" | "completed";
        };
        JobListDto: {
            data: components["schemas"]["JobDto"][];
        };
        KpiDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Which way the KPI improves
             * @enum {string}
             */
            direction: "higher" | "lower";
            /** Format: uuid */
            id: string;
            /** @description The most recent measurement */
            latest: components["schemas"]["KpiLatestDto"] | null;
            name: string;
            /**
             * @description How far along the target, in percent with one decimal (100 or more: met): latest / target when higher is better, target / latest when lower is better; null if nothing measured or the divisor is 0
             * @example 87.5
             */
            percentOfTarget: string | null;
            /** Format: uuid */
            projectId: string;
            /**
             * @description `met`: the latest value reaches the target in the KPI's direction; `not_measured`: no value yet
             * @enum {string}
             */
            status: "met" | "not_met" | "not_measured";
            /**
             * @description Decimal, as a string
             * @example 40
             */
            target: string;
            unit: string;
            /** Format: date-time */
            updatedAt: string;
        };
        KpiLatestDto: {
            /** Format: date */
            measuredOn: string;
            /** @description Decimal, as a string */
            value: string;
        };
        KpiPageDto: {
            data: components["schemas"]["KpiDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        LabelsDto: {
            ar: string;
            en: string;
            fr: string;
        };
        LineageEntryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            parentId: string | null;
            reference: string;
            /** @enum {string} */
            status: "draft" | "in_review" | "out_for_signature" | "active" | "expired" | "terminated" | "declined" | "voided";
            title: string;
            /** @enum {string} */
            type: "framework" | "partnership" | "rnd_collaboration" | "data_sharing" | "mou" | "amendment";
        };
        LinkBeneficiaryDto: {
            /**
             * @description ICE: 15 digits
             * @example 001525368000087
             */
            ice: string;
            /** @example Sahara Vision SARL */
            name: string;
            note?: string | null;
            /** @example MA-06 */
            regionCode: string;
            /**
             * @description An active thematic domain code (see `GET /domains`)
             * @example health
             */
            sector: string;
            /** @enum {string} */
            size: "startup" | "micro" | "small" | "medium";
            /**
             * Format: date
             * @example 2026-02-01
             */
            startedOn: string;
            /** @enum {string} */
            supportKind: "incubation" | "acceleration" | "technical_assistance" | "co_development" | "training" | "compute_access" | "funding";
        };
        LinkDeliverableDto: {
            /**
             * Format: uuid
             * @description A project deliverable you can see
             */
            deliverableId: string;
        };
        LinkedBeneficiaryResponseDto: {
            /** @description The registry entry (shared by every project) */
            beneficiary: components["schemas"]["BeneficiaryRecordResponseDto"];
            /** Format: date-time */
            linkedAt: string;
            /** @description Null when the request matches the registry's entry of this ICE; else what differs. The entry is kept as it is (Root corrects it) and the mismatch is recorded for review */
            mismatch: components["schemas"]["BeneficiaryMismatchResponseDto"] | null;
            note: string | null;
            /**
             * Format: date
             * @example 2026-02-01
             */
            startedOn: string;
            /** @enum {string} */
            supportKind: "incubation" | "acceleration" | "technical_assistance" | "co_development" | "training" | "compute_access" | "funding";
        };
        LocalizedLabelsDto: {
            /** @example دعم المقاولات الناشئة */
            ar: string;
            /** @example Startup support */
            en: string;
            /** @example Soutien aux startups */
            fr: string;
        };
        LocalizedLabelsPatchDto: {
            ar?: string;
            en?: string;
            fr?: string;
        };
        LocalizedLabelsResponseDto: {
            /** @example الصحة */
            ar: string;
            /** @example Health */
            en: string;
            /** @example Santé */
            fr: string;
        };
        LocalizedNamesResponseDto: {
            /** @example معهد الجزري بفاس */
            ar: string;
            /** @example Jazari Institute of Fez */
            en: string;
            /** @example Institut Jazari de Fès */
            fr: string;
        };
        LoginDto: {
            /** @example admin@jazari.ma */
            email: string;
            /** @example Jazari-Demo-2026 */
            password: string;
        };
        MarkedAllReadDto: {
            /** @description How many were unread */
            marked: number;
        };
        MarkObligationMetDto: {
            evidence?: components["schemas"]["EvidenceLinkDto"];
            note?: string;
        };
        MeasurementDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            kpiId: string;
            /** Format: date */
            measuredOn: string;
            note: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            /** @description Decimal, as a string */
            value: string;
        };
        MeasurementPageDto: {
            data: components["schemas"]["MeasurementDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        MeDto: {
            current: components["schemas"]["CurrentAccessDto"];
            memberships: components["schemas"]["MembershipDto"][];
            user: components["schemas"]["UserDto"];
        };
        MemberDto: {
            displayName: string;
            email: string;
            /**
             * Format: uuid
             * @description The user id
             */
            id: string;
            /** Format: date-time */
            joinedAt: string;
            /** @enum {string} */
            locale: "fr" | "ar" | "en";
            /** @enum {string} */
            role: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
        };
        MemberPageDto: {
            data: components["schemas"]["MemberDto"][];
            nextCursor: string | null;
        };
        MembershipDto: {
            /** @enum {string} */
            role: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
            tenant: components["schemas"]["MembershipTenantDto"];
        };
        MembershipTenantDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "root" | "institute" | "partner";
            /** @description The tenant’s name in each language */
            name: components["schemas"]["TenantNamesDto"];
            slug: string;
            /** @enum {string} */
            status: "active" | "suspended";
        };
        MilestoneDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description `late`: days since the due date; `done_late`: days it was reached after it; else 0
             * @example 0
             */
            daysLate: number;
            /** Format: date */
            doneDate: string | null;
            /** Format: date */
            dueDate: string;
            /** Format: uuid */
            id: string;
            /** @description Due before today (in Morocco) and not done */
            late: boolean;
            /** Format: uuid */
            projectId: string;
            /**
             * @description `planned`: open, not yet due; `late`: open, due before today (in Morocco); `done`: reached on or before its due date; `done_late`: reached after it
             * @enum {string}
             */
            status: "planned" | "late" | "done" | "done_late";
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MilestonePageDto: {
            data: components["schemas"]["MilestoneDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        MinutesDto: {
            decisions?: string[];
            minutes: string;
        };
        MonthlyPointDto: {
            /** @description Registry companies first linked to a project in the month */
            beneficiariesSupported: number;
            /** @description Budget of those projects, decimal MAD as a string */
            budgetCommittedMad: string;
            /** @description Recorded conventions that became active in the month */
            conventionsSigned: number;
            /** @description Carried over from the reporting before Jazari, as the tenants declared it (`dashboard_history`): never included in the recorded figures of the month; null when nothing was declared for the month */
            declared: components["schemas"]["DeclaredMonthDto"] | null;
            /**
             * @description YYYY-MM
             * @example 2026-03
             */
            month: string;
            /** @description Recorded projects running at some point of the month */
            projectsActive: number;
            /** @description Recorded projects whose start date falls in the month */
            projectsStarted: number;
            /** @description Recorded workshops held in the month */
            workshopsHeld: number;
        };
        MyRegistrationDto: {
            checkedInAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "invited" | "declined" | "registered" | "waitlisted" | "cancelled";
            /** @description On the waitlist: the place in the queue (1 is next to get a seat) */
            waitlistPosition: number | null;
        };
        NamesResponseDto: {
            /** @example الدار البيضاء سطات */
            ar: string;
            /** @example Casablanca-Settat */
            en: string;
            /** @example Casablanca-Settat */
            fr: string;
        };
        NationalDashboardDto: {
            /** @description When the roll-ups were last brought up to date (ISO 8601 UTC) */
            asOf: string;
            /** @description { total, startups, smes } (distinct registry companies) */
            beneficiaries: Record<string, never>;
            /** @description { active, awaitingSignature, expiringWithin90Days, byPartner[], byRegion[] } (byRegion: by the owner tenant's region) */
            conventions: Record<string, never>;
            /** @description National priority × region: { priorities, regions, cells } */
            coverage: Record<string, never>;
            /** @description { accepted, acceptedOnTime, onTimePercent } in the period */
            deliverables: Record<string, never>;
            /** @description The filters applied, with the period resolved */
            filters: Record<string, never>;
            /** @description { institutes, partners } (active tenants) */
            network: Record<string, never>;
            /** @description { total, byStatus, byType, byRegion, byPriority, budgetCommittedMad, budgetSpentMad } */
            projects: Record<string, never>;
            /** @description { byKind[], byInstitute[], byRegion[] }: capacity, allocated, used (byRegion: by the owner's region, per kind and unit) */
            resources: Record<string, never>;
            /** @description One point per month of the period, oldest first */
            series: components["schemas"]["MonthlyPointDto"][];
            /** @description { held, participants, byKind[], byRegion[] } in the period */
            workshops: Record<string, never>;
        };
        NotificationDto: {
            actionRequired: boolean;
            /** @example signatures */
            category: string;
            createdAt: string;
            /** @example conventions.signature_requested */
            eventType: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Path of the object it concerns
             * @example /conventions/0190…
             */
            link: string;
            readAt: string | null;
            /**
             * Format: uuid
             * @description The tenant the notification concerns you in
             */
            tenantId: string;
            title: components["schemas"]["NotificationTitleDto"];
        };
        NotificationPageDto: {
            data: components["schemas"]["NotificationDto"][];
            nextCursor: string | null;
        };
        NotificationTitleDto: {
            ar: string;
            en: string;
            fr: string;
        };
        ObligationConventionDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            title: string;
        };
        ObligationCountsDto: {
            met: number;
            open: number;
            total: number;
            waived: number;
        };
        ObligationDto: {
            convention: components["schemas"]["ObligationConventionDto"];
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: date */
            dueDate: string;
            evidence: components["schemas"]["EvidenceLinkResponseDto"] | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            metAt: string | null;
            note: string | null;
            /** @description Open and due before today (in Morocco) */
            overdue: boolean;
            /** Format: uuid */
            responsibleTenantId: string;
            responsibleTenantName: string;
            /** @enum {string} */
            status: "open" | "met" | "waived";
            /** Format: date-time */
            updatedAt: string;
        };
        ObligationLinkDto: {
            /** Format: uuid */
            conventionId: string;
            /** Format: uuid */
            obligationId: string;
        };
        ObligationPageDto: {
            data: components["schemas"]["ObligationDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        OrganiserDto: {
            name: string;
            /** Format: uuid */
            tenantId: string;
        };
        OutcomesDto: {
            actionItems: components["schemas"]["ActionItemDto"][];
            decisions: string[];
            deliverables: Record<string, never>[];
            /** @description Organisers always; others once published */
            minutes: Record<string, never> | null;
            minutesPublishedAt: Record<string, never> | null;
        };
        ParticipantDto: {
            name: string;
            /** @enum {string} */
            role: "co_organiser" | "audience";
            /** Format: uuid */
            tenantId: string;
        };
        PartnerDashboardDto: {
            /** @description When the roll-ups were last brought up to date (ISO 8601 UTC) */
            asOf: string;
            /** @description { byStatus[], expiringWithin90Days } */
            conventions: Record<string, never>;
            /** @description Conventions it is a party to that became active in the period */
            conventionsSigned: number;
            /** @description { fr, ar, en } */
            name: Record<string, never>;
            /** @description { weOwe, owedToUs } */
            obligations: Record<string, never>;
            /** @description { from, to }: the months the figures below cover */
            period: Record<string, never>;
            /** @description One point per month of the period, oldest first */
            series: components["schemas"]["PartnerMonthlyPointDto"][];
            signaturesPending: Record<string, never>[];
            /** Format: uuid */
            tenantId: string;
            upcomingWorkshops: Record<string, never>[];
            /** @description { held, participants, byKind[], byRegion[] }: workshops it organised, held in the period */
            workshops: Record<string, never>;
            /** @description Held workshops its people attended (checked in) */
            workshopsAttended: number;
        };
        PartnerDeclaredMonthDto: {
            conventionsSigned: number;
            workshopsHeld: number;
        };
        PartnerMonthlyPointDto: {
            /** @description Recorded conventions it is a party to, active from the month */
            conventionsSigned: number;
            /** @description Carried over from the reporting before Jazari, as the tenants declared it (`dashboard_history`): never included in the recorded figures of the month; null when nothing was declared for the month */
            declared: components["schemas"]["PartnerDeclaredMonthDto"] | null;
            /**
             * @description YYYY-MM
             * @example 2026-03
             */
            month: string;
            /** @description Recorded workshops it organised, held in the month */
            workshopsHeld: number;
        };
        PartyCandidatesDto: {
            members: components["schemas"]["SignerCandidateDto"][];
            name: string;
            /** Format: uuid */
            partyTenantId: string;
        };
        PartyExecutionDto: {
            /** @description Obligations due on or before today, not waived */
            due: number;
            /** @description met / due, in percent with one decimal; null while nothing is due */
            executedPercent: number | null;
            /** @description Of those, met */
            met: number;
            name: string;
            /** @description Open obligations past their due date */
            overdue: number;
            /**
             * Format: uuid
             * @description The responsible party
             */
            tenantId: string;
        };
        PasskeyAssertionDto: {
            /** @enum {string} */
            authenticatorAttachment?: "platform" | "cross-platform";
            clientExtensionResults: {
                [key: string]: unknown;
            };
            /** @description The credential id (base64url) */
            id: string;
            /** @description base64url */
            rawId: string;
            response: components["schemas"]["PasskeyAssertionResponseDto"];
            /** @enum {string} */
            type: "public-key";
        };
        PasskeyAssertionResponseDto: {
            /** @description base64url */
            authenticatorData: string;
            /** @description base64url */
            clientDataJSON: string;
            /** @description base64url */
            signature: string;
            /** @description base64url */
            userHandle?: string;
        };
        PasskeyAttestationDto: {
            /** @enum {string} */
            authenticatorAttachment?: "platform" | "cross-platform";
            clientExtensionResults: {
                [key: string]: unknown;
            };
            /** @description The credential id (base64url) */
            id: string;
            /** @description base64url */
            rawId: string;
            response: components["schemas"]["PasskeyAttestationResponseDto"];
            /** @enum {string} */
            type: "public-key";
        };
        PasskeyAttestationResponseDto: {
            /** @description base64url */
            attestationObject: string;
            /** @description base64url */
            authenticatorData?: string;
            /** @description base64url */
            clientDataJSON: string;
            /** @description base64url */
            publicKey?: string;
            publicKeyAlgorithm?: number;
            transports?: string[];
        };
        PasskeyDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
        };
        PasskeyListDto: {
            data: components["schemas"]["PasskeyDto"][];
        };
        PasskeyOptionsDto: {
            /** @description WebAuthn options (`PublicKeyCredentialCreationOptionsJSON` or `…RequestOptionsJSON`) for `@simplewebauthn/browser`; their challenge is single use and expires in five minutes */
            options: {
                [key: string]: unknown;
            };
        };
        PasswordChangedDto: {
            /** @description Other sessions ended */
            revokedSessions: number;
        };
        PasswordResetLinkDto: {
            /** @description Until when the link works (it works once) */
            expiresAt: string;
        };
        PasswordResetRequestedDto: {
            /**
             * @description How long a link e-mailed now stays valid, in minutes
             * @example 30
             */
            validMinutes: number;
        };
        PasswordResetTokenDto: {
            /** @description The `token` of the link the e-mail carried (`jzp_…`) */
            token: string;
        };
        PersonDto: {
            /** @description Null where the caller may not see the person (partners do not see institute staff) */
            displayName: string | null;
            /** Format: uuid */
            id: string;
        };
        PreferenceChangeDto: {
            /** @enum {string} */
            category: "invitations" | "signatures" | "conventions" | "obligations" | "resources" | "workshops" | "reports" | "integrations";
            /** @enum {string} */
            email?: "immediate" | "digest" | "off";
            inApp?: boolean;
        };
        PreferenceDto: {
            /** @example conventions */
            category: string;
            /** @description Whether `email: digest` is allowed (non-urgent categories) */
            digestAvailable: boolean;
            /** @enum {string} */
            email: "immediate" | "digest" | "off";
            /** @description In-app notifications of this category */
            inApp: boolean;
            /** @description True when every event of the category asks you to act: in-app stays on */
            inAppLocked: boolean;
            label: components["schemas"]["NotificationTitleDto"];
        };
        PreferenceListDto: {
            data: components["schemas"]["PreferenceDto"][];
        };
        PriorityPillarResponseDto: {
            /** @description Deactivated entries are offered for no new choice */
            active: boolean;
            /** @description Its sub-priorities, in display order */
            children: components["schemas"]["PriorityResponseDto"][];
            /** @example startup_support.incubation */
            code: string;
            /** Format: date-time */
            createdAt: string;
            labels: components["schemas"]["LocalizedLabelsResponseDto"];
            /**
             * @description Null for a pillar
             * @example startup_support
             */
            parentCode: string | null;
            /** @description Display order among its siblings */
            position: number;
            /** Format: date-time */
            updatedAt: string;
        };
        PriorityResponseDto: {
            /** @description Deactivated entries are offered for no new choice */
            active: boolean;
            /** @example startup_support.incubation */
            code: string;
            /** Format: date-time */
            createdAt: string;
            labels: components["schemas"]["LocalizedLabelsResponseDto"];
            /**
             * @description Null for a pillar
             * @example startup_support
             */
            parentCode: string | null;
            /** @description Display order among its siblings */
            position: number;
            /** Format: date-time */
            updatedAt: string;
        };
        PriorityTreeResponseDto: {
            data: components["schemas"]["PriorityPillarResponseDto"][];
        };
        /** @description RFC 9457 problem details; `type` is stable, `title` and `detail` in the caller's language */
        Problem: {
            detail?: string;
            /** @description validation-failed: the offending fields */
            errors?: {
                field: string;
                messages: string[];
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            /** @example https://jazari.ma/problems/validation-failed */
            type: string;
        };
        ProjectBeneficiaryPageResponseDto: {
            data: components["schemas"]["ProjectBeneficiaryResponseDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ProjectBeneficiaryResponseDto: {
            /** @description The registry entry (shared by every project) */
            beneficiary: components["schemas"]["BeneficiaryRecordResponseDto"];
            /** Format: date-time */
            linkedAt: string;
            note: string | null;
            /**
             * Format: date
             * @example 2026-02-01
             */
            startedOn: string;
            /** @enum {string} */
            supportKind: "incubation" | "acceleration" | "technical_assistance" | "co_development" | "training" | "compute_access" | "funding";
        };
        ProjectCountsDto: {
            deliverables: number;
            /** @description Milestones past due and not done */
            lateMilestones: number;
            milestones: number;
            /** @description Deliverables past due and still planned or rejected */
            overdueDeliverables: number;
        };
        ProjectHistoryEntryDto: {
            /**
             * @description `<object>.<verb>`
             * @example project.updated
             */
            action: string;
            /**
             * Format: uuid
             * @description Null for an API key
             */
            actorUserId: string | null;
            /**
             * @description For edits `{ field: { from, to } }` of the changed fields; see docs/projects.md per action
             * @example {
             *       "title": {
             *         "from": "Ancien titre",
             *         "to": "Nouveau titre"
             *       }
             *     }
             */
            changes: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
        };
        ProjectHistoryPageDto: {
            data: components["schemas"]["ProjectHistoryEntryDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ProjectListItemDto: {
            /** @example 1250000.00 */
            budgetMad: string;
            /** @enum {string} */
            currency: "MAD";
            domainCodes: string[];
            /** Format: date */
            endDate: string | null;
            /** Format: uuid */
            id: string;
            institute: components["schemas"]["TenantRefDto"];
            lateMilestones: number;
            lead: components["schemas"]["PersonDto"];
            overdueDeliverables: number;
            priorityCodes: string[];
            regionCodes: string[];
            /** @example 0.00 */
            spentMad: string;
            /** Format: date */
            startDate: string | null;
            /** @enum {string} */
            status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
            title: string;
            /** @enum {string} */
            type: "research" | "applied_rnd" | "prototype" | "startup_support" | "sme_adoption" | "training" | "public_service";
        };
        ProjectPageDto: {
            data: components["schemas"]["ProjectListItemDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ProjectPartnersDto: {
            /** @description Partner tenants; those added must be active */
            partnerTenantIds: string[];
        };
        ProjectResponseDto: {
            /** @description Statuses the workflow allows from the current one (managers move it with the action routes) */
            allowedTransitions: ("proposed" | "active" | "on_hold" | "completed" | "cancelled")[];
            /**
             * @description Decimal string
             * @example 1250000.00
             */
            budgetMad: string;
            /** @description The caller may edit the content (PATCH) */
            canEdit: boolean;
            /** @description The caller may change status, team and partners */
            canManage: boolean;
            counts: components["schemas"]["ProjectCountsDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            /** @enum {string} */
            currency: "MAD";
            domains: components["schemas"]["CodeLabelDto"][];
            /** Format: date */
            endDate: string | null;
            /** Format: uuid */
            id: string;
            /** @description The institute that owns it */
            institute: components["schemas"]["TenantRefDto"];
            lead: components["schemas"]["PersonDto"];
            /** @description A partner sees itself only */
            partners: components["schemas"]["TenantRefDto"][];
            priorities: components["schemas"]["CodeLabelDto"][];
            regions: components["schemas"]["CodeLabelDto"][];
            /**
             * @description Decimal string
             * @example 0.00
             */
            spentMad: string;
            /** Format: date */
            startDate: string | null;
            /** @enum {string} */
            status: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
            summary: string;
            team: components["schemas"]["PersonDto"][];
            title: string;
            /** @enum {string} */
            type: "research" | "applied_rnd" | "prototype" | "startup_support" | "sme_adoption" | "training" | "public_service";
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the ETag is `"<version>"` */
            version: number;
        };
        ProjectTeamDto: {
            /**
             * Format: uuid
             * @description A member of the institute; absent keeps the lead
             */
            leadUserId?: string;
            /** @description Members of the institute */
            team: string[];
        };
        PutDirectoryProfileDto: {
            /** Format: email */
            contactEmail?: string | null;
            /** @example +212 5 37 00 00 00 */
            contactPhone?: string | null;
            description?: string | null;
            /**
             * @description Thematic domain codes; replaces the current list ([] clears it)
             * @example [
             *       "health",
             *       "education"
             *     ]
             */
            domainCodes: string[];
            /** @example https://jazari-rabat.ma */
            website?: string | null;
        };
        QueueDepthDto: {
            active: number;
            delayed: number;
            failed: number;
            /** @description Seconds since the oldest waiting job was added; null when none waits */
            oldestWaitingAgeSeconds: number | null;
            /** @enum {string} */
            queue: "notifications" | "webhooks" | "reports" | "maintenance";
            waiting: number;
        };
        QueueDepthListDto: {
            data: components["schemas"]["QueueDepthDto"][];
        };
        RecordUsageDto: {
            /** @example job 4411 on node gpu-03 */
            note?: string;
            /**
             * Format: date-time
             * @description When it was consumed (default: now)
             */
            occurredAt?: string;
            /** @example 12.5 */
            quantity: string;
        };
        RecoveryCodesDto: {
            /** @description Ten single-use codes, shown this once; the old ones no longer work */
            recoveryCodes: string[];
        };
        RefreshDto: {
            /** @description The refresh token from the last login or refresh; in cookie mode (`X-Jazari-Session: cookie`) it comes from the cookie instead */
            refreshToken?: string;
        };
        RegionListResponseDto: {
            data: components["schemas"]["RegionResponseDto"][];
        };
        RegionResponseDto: {
            /**
             * @description ISO 3166-2:MA
             * @example MA-03
             */
            code: string;
            names: components["schemas"]["LocalizedNamesResponseDto"];
        };
        RegisterPasskeyDto: {
            /**
             * @description A name to tell this passkey from your others
             * @example Work laptop
             */
            name: string;
            response: components["schemas"]["PasskeyAttestationDto"];
        };
        RegistrationDto: {
            checkedInAt: Record<string, never> | null;
            /** Format: uuid */
            id: string;
            queuedAt: string;
            /** @enum {string} */
            status: "invited" | "declined" | "registered" | "waitlisted" | "cancelled";
            /** Format: uuid */
            workshopId: string;
        };
        RejectDeliverableDto: {
            /** @description What the team must change */
            comment: string;
        };
        ReportDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description Where to download it with your credentials, once ready; a browser asks POST /reports/{id}/download-link for a signed link instead */
            downloadUrl: string | null;
            /** @description Why it failed */
            error: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            filename: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** @enum {string} */
            format: "xlsx" | "pdf" | "csv";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "fr" | "ar" | "en";
            period: components["schemas"]["ReportPeriodDto"];
            /** @description Percent done */
            progress: number;
            /** Format: uuid */
            requestedBy: string | null;
            /** Format: uuid */
            scheduleId: string | null;
            /** @enum {string} */
            scope: "national" | "institute" | "partner";
            sizeBytes: number | null;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "ready" | "failed" | "expired";
            /** Format: uuid */
            tenantId: string | null;
        };
        ReportPageDto: {
            data: components["schemas"]["ReportDto"][];
            nextCursor: string | null;
        };
        ReportPeriodDto: {
            /** @example 2026-07 */
            from: string;
            /** @example 2026-Q3 */
            label: string;
            /** @example 2026-09 */
            to: string;
        };
        ReportScheduleDto: {
            /** @enum {string} */
            cadence: "monthly" | "quarterly";
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            format: "xlsx" | "pdf" | "csv";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "fr" | "ar" | "en";
            /**
             * @description Cron pattern, in `timeZone`
             * @example 0 6 1 1,4,7,10 *
             */
            pattern: string;
            /** @enum {string} */
            scope: "national" | "institute" | "partner";
            /** Format: uuid */
            tenantId: string | null;
            /** @example Africa/Casablanca */
            timeZone: string;
        };
        ReportSchedulePageDto: {
            data: components["schemas"]["ReportScheduleDto"][];
            nextCursor: string | null;
        };
        RequestAllocationDto: {
            /**
             * @description The terms version the requester read and accepts
             * @example 1
             */
            acceptTermsVersion: number;
            /**
             * Format: date
             * @description Within the same quota period
             * @example 2026-12-31
             */
            endsOn: string;
            justification: string;
            /**
             * Format: uuid
             * @description One of the requesting tenant's projects
             */
            projectId: string;
            /**
             * @description In the resource’s unit
             * @example 300
             */
            quantity: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            startsOn: string;
        };
        RequestPasswordResetDto: {
            /** @example someone@jazari.ma */
            email: string;
        };
        RequestReportDto: {
            /** @enum {string} */
            format: "xlsx" | "pdf" | "csv";
            /**
             * @description Defaults to the requester's language
             * @enum {string}
             */
            locale?: "fr" | "ar" | "en";
            /** @description A quarter (`2026-Q3`) or `{ "from": "2026-07", "to": "2026-09" }` (at most 24 months) */
            period: string | {
                /** @example 2026-07 */
                from: string;
                /** @example 2026-09 */
                to: string;
            };
            /** @enum {string} */
            scope: "national" | "institute" | "partner";
            /**
             * Format: uuid
             * @description The institute or partner reported on (institute and partner scopes; defaults to your own)
             */
            tenantId?: string;
        };
        ResourcePageDto: {
            data: components["schemas"]["ResourceResponseDto"][];
            nextCursor: string | null;
        };
        ResourceResponseDto: {
            bookable: boolean;
            canManage: boolean;
            /** @example 2000 */
            capacity: string;
            createdAt: string;
            defaultShare: string | null;
            description: string;
            directBooking: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "compute" | "dataset" | "model" | "lab" | "equipment" | "expertise" | "software_licence";
            largeRequestThreshold: string | null;
            name: string;
            ownerName: string;
            /** Format: uuid */
            ownerTenantId: string;
            /** @enum {string} */
            period: "month" | "quarter" | "year";
            regionCode: string;
            /** @enum {string} */
            status: "available" | "maintenance" | "retired";
            terms: string;
            termsVersion: number;
            /** @enum {string} */
            unit: "gpu_hour" | "cpu_hour" | "TB" | "GB" | "seat" | "slot" | "day" | "hour" | "licence" | "request";
            updatedAt: string;
            version: number;
            /** @enum {string} */
            visibility: "network" | "listed";
            /** @description Listed viewers (shown to the owner and Root) */
            visibleTo: string[];
        };
        ReviewItemDto: {
            /** @description Days it has waited for a review (in Morocco’s calendar) */
            daysWaiting: number;
            /** Format: date */
            dueDate: string;
            /**
             * Format: uuid
             * @description The deliverable
             */
            id: string;
            /** @description The deliverable’s kind */
            kind: string;
            project: components["schemas"]["AttentionProjectDto"];
            /** Format: date-time */
            submittedAt: string;
            title: string;
        };
        ReviewPageDto: {
            /** @description The longest waiting first */
            data: components["schemas"]["ReviewItemDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        SaveSsoConfigDto: {
            /**
             * @description Only people whose verified e-mail is in one of these domains sign in through the provider
             * @example [
             *       "um5.ac.ma"
             *     ]
             */
            allowedDomains: string[];
            /** @example jazari */
            clientId: string;
            /** @description Required the first time; omit it to keep the stored one. Stored encrypted, never returned */
            clientSecret?: string;
            /**
             * @description With `default_role`: a role of the tenant’s kind, not its administrator role
             * @enum {string}
             */
            defaultRole?: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
            /**
             * @description Shown as "Sign in with <displayName>"
             * @example Université Mohammed V
             */
            displayName: string;
            /** @description Turns the "Sign in with …" button on or off; the rest is kept */
            enabled: boolean;
            /**
             * @description Someone who is not a member yet: joins with `defaultRole`, or is refused until invited and accepted
             * @enum {string}
             */
            firstSignIn: "default_role" | "invitation_required";
            /**
             * @description The OpenID provider’s issuer identifier (its discovery document must answer)
             * @example https://login.um5.ac.ma/realms/staff
             */
            issuer: string;
            /** @description False: members sign in through the provider only; the tenant’s administrators keep their password (break-glass) */
            passwordSignIn: boolean;
            /**
             * @description True: the provider enforces a second factor itself, and a sign-in whose ID token says so (`amr` containing `mfa`, RFC 8176) is not asked for Jazari’s second factor; any other is. Audited
             * @default false
             */
            trustProviderMfa?: boolean;
        };
        SeatsDto: {
            /** @description Free seats; null when there is no limit */
            left: number | null;
            registered: number;
            waitlisted: number;
        };
        SecondFactorAnswerDto: {
            /** @description The `challengeToken` of the sign-in answer (202) */
            challengeToken: string;
            /** @description A TOTP code (six digits) or an unused recovery code */
            code?: string;
            /** @description Instead of a code: a passkey’s answer to the options of POST /auth/second-factor/passkey-options */
            passkey?: components["schemas"]["PasskeyAssertionDto"];
        };
        SecondFactorChallengeDto: {
            /** @description Opaque, single use, valid `expiresIn` seconds */
            challengeToken: string;
            /** @description No factor yet, but one is required: set one up (POST /auth/second-factor/totp) first */
            enrolmentRequired: boolean;
            /** @example 300 */
            expiresIn: number;
            /** @description The person has a passkey: answer with it (POST /auth/second-factor/passkey-options) or a code */
            passkey: boolean;
        };
        SecondFactorCodeDto: {
            /**
             * @description The six digits your authenticator app shows now, or one of your unused recovery codes
             * @example 123456
             */
            code: string;
        };
        SecondFactorStatusDto: {
            /** @description How many passkeys you have (each one is a second factor) */
            passkeys: number;
            /** @description A set-up was started and awaits its first code */
            pendingEnrolment: boolean;
            recoveryCodesLeft: number;
            /** @description You must keep a second factor (Root's administrators; tenants that require it) */
            required: boolean;
            /** @description An authenticator app (TOTP) is set up and confirmed */
            totp: boolean;
        };
        SecurityPolicyDto: {
            /** @description Every member of this tenant must sign in with a second factor */
            secondFactorRequired: boolean;
        };
        SessionDeviceDto: {
            /** @example Firefox */
            browser: string | null;
            /** @example Windows */
            system: string | null;
        };
        SessionDto: {
            createdAt: string;
            /** @description The session of this request */
            current: boolean;
            /** @description Browser and system, read from the User-Agent */
            device: components["schemas"]["SessionDeviceDto"];
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** @description The client address at sign-in */
            ip: string | null;
            /** @description Last sign-in or refresh */
            lastUsedAt: string;
            /**
             * @description Where the address is: this machine, a private network or the internet (no geolocation)
             * @enum {string|null}
             */
            network: "loopback" | "private" | "public" | null;
            /** @description The tenant the session is signed in to */
            tenant: components["schemas"]["SignedInTenantDto"];
            /** @description The User-Agent header at sign-in */
            userAgent: string | null;
        };
        SessionListDto: {
            data: components["schemas"]["SessionDto"][];
        };
        SessionsEndedDto: {
            /** @description Sessions ended */
            revokedSessions: number;
        };
        SessionTenantDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "root" | "institute" | "partner";
            slug: string;
        };
        SetSharesDto: {
            /** @description Replaces every tenant's share override */
            shares: components["schemas"]["ShareDto"][];
        };
        SetSignersDto: {
            signers: components["schemas"]["SignerInputDto"][];
        };
        ShareDto: {
            /** @example 300 */
            quantity: string;
            /** Format: uuid */
            tenantId: string;
        };
        SharePageDto: {
            data: components["schemas"]["ShareResponseDto"][];
            /** @description Always null: the list comes whole */
            nextCursor: string | null;
        };
        ShareResponseDto: {
            /** @example 300 */
            quantity: string;
            /** Format: uuid */
            tenantId: string;
            tenantName: string;
        };
        SignDto: {
            /** @description Instead of a code: a passkey’s answer to the options of POST /me/passkeys/authentication-options; the evidence records `password+webauthn` */
            passkey?: components["schemas"]["PasskeyAssertionDto"];
            /** @description The signer's password: signing re-authenticates them */
            password: string;
            /**
             * @description A fresh second factor: the six digits of your authenticator app now, or an unused recovery code. Every signer needs one (403 `second-factor-required` until they set one up); the evidence records the method
             * @example 123456
             */
            secondFactorCode?: string;
        };
        SignedInTenantDto: {
            /** Format: uuid */
            id: string;
            name: components["schemas"]["TenantNamesDto"];
            slug: string;
        };
        SignerCandidateDto: {
            displayName: string;
            /** @description Their role in the party */
            role: string;
            /** Format: uuid */
            userId: string;
        };
        SignerCandidatesDto: {
            /** @description Each party, in the convention’s order */
            data: components["schemas"]["PartyCandidatesDto"][];
        };
        SignerDto: {
            /** Format: date-time */
            actedAt: string | null;
            declineReason: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partyTenantId: string;
            /** @enum {string} */
            status: "pending" | "signed" | "declined" | "cancelled";
            step: number;
            /** Format: uuid */
            userId: string;
        };
        SignerInputDto: {
            /**
             * Format: uuid
             * @description The party the person signs for
             */
            partyTenantId: string;
            /** @description Equal steps sign in parallel; lower steps first */
            step: number;
            /**
             * Format: uuid
             * @description A member of that party
             */
            userId: string;
        };
        SignersDto: {
            /** @description The step now signing, if out for signature */
            currentStep: number | null;
            data: components["schemas"]["SignerDto"][];
        };
        SigningResultDto: {
            currentStep: number | null;
            /** Format: uuid */
            signatureId: string | null;
            status: string;
        };
        SignInOptionsDto: {
            /** @description False: the page hides the password form (administrators keep a link to it) */
            passwordSignIn: boolean;
            /** @example Université Mohammed V */
            ssoName: string;
            /**
             * @description Open it in the browser (GET)
             * @example /api/v1/auth/sso/um5/start
             */
            startUrl: string;
            tenant: components["schemas"]["SignInTenantDto"];
        };
        SignInPasskeyEnrolmentDto: {
            /** @description The `challengeToken` of the sign-in answer (202) */
            challengeToken: string;
            /**
             * @description A name to tell this passkey from your others
             * @example Work laptop
             */
            name: string;
            response: components["schemas"]["PasskeyAttestationDto"];
        };
        SignInTenantDto: {
            name: components["schemas"]["SignInTenantNamesDto"];
            slug: string;
        };
        SignInTenantNamesDto: {
            ar: string;
            en: string;
            fr: string;
        };
        SsoConfigDto: {
            allowedDomains: string[];
            clientId: string;
            /**
             * @description The secret itself is never returned
             * @enum {string}
             */
            clientSecret: "set";
            /** @enum {string|null} */
            defaultRole: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member" | null;
            displayName: string;
            enabled: boolean;
            /** @enum {string} */
            firstSignIn: "default_role" | "invitation_required";
            issuer: string;
            passwordSignIn: boolean;
            /** @description The provider’s own second factor (`amr`: `mfa`) stands for Jazari’s */
            trustProviderMfa: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        SsoSettingsDto: {
            /** @description null until configured */
            config: components["schemas"]["SsoConfigDto"] | null;
            /**
             * @description The redirect URI to register at the provider
             * @example https://jazari.ma/api/v1/auth/sso/callback
             */
            redirectUri: string;
        };
        StatusReportDto: {
            /** Format: uuid */
            authorId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            narrative: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** Format: uuid */
            projectId: string;
            /** @enum {string} */
            rag: "red" | "amber" | "green";
            risks: string;
        };
        StatusReportPageDto: {
            data: components["schemas"]["StatusReportDto"][];
            /** @description Pass as `cursor` for the next page */
            nextCursor: string | null;
        };
        SupportInstituteResponseDto: {
            /** Format: uuid */
            id: string;
            names: components["schemas"]["NamesResponseDto"];
        };
        SupportProjectResponseDto: {
            /** Format: uuid */
            id: string;
            title: string;
        };
        SwitchTenantDto: {
            /**
             * Format: uuid
             * @description A tenant you are a member of (see GET /api/v1/me)
             */
            tenantId: string;
        };
        TenantBalanceDto: {
            allocations: number;
            approved: string;
            /** Format: uuid */
            ownerTenantId: string;
            /** Format: date */
            periodStart: string;
            remaining: string;
            /** Format: uuid */
            resourceId: string;
            resourceName: string;
            unit: string;
            used: string;
        };
        TenantNamesDto: {
            ar: string;
            en: string;
            fr: string;
        };
        TenantNamesPatchDto: {
            ar?: string;
            en?: string;
            fr?: string;
        };
        TenantPageResponseDto: {
            data: components["schemas"]["TenantResponseDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        TenantRefDto: {
            /** Format: uuid */
            id: string;
            /** @description Legal name */
            name: string;
            /** @example jazari-fes */
            slug: string;
        };
        TenantResponseDto: {
            /** @description Always set for an institute */
            city: string | null;
            /**
             * Format: date-time
             * @example 2026-01-15T09:30:00.000Z
             */
            createdAt: string;
            hostOrganisation: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "root" | "institute" | "partner";
            /** @example Institut Jazari de Fès (IJF) */
            legalName: string;
            names: components["schemas"]["LocalizedNamesResponseDto"];
            /** @description Always set for an institute */
            region: components["schemas"]["RegionResponseDto"] | null;
            /** @example jazari-fes */
            slug: string;
            /**
             * @description A suspended tenant's access tokens and API keys are refused on every request
             * @enum {string}
             */
            status: "active" | "suspended";
            /**
             * Format: date-time
             * @example 2026-01-15T09:30:00.000Z
             */
            updatedAt: string;
        };
        TenantUtilisationDto: {
            approved: string;
            pending: string;
            /** Format: uuid */
            tenantId: string;
            tenantName: string;
            used: string;
        };
        TerminateConventionDto: {
            /** @example Accord mutuel des parties */
            reason: string;
        };
        TokenPairDto: {
            /** @description JWT (HS256), valid `expiresIn` seconds, scoped to one tenant */
            accessToken: string;
            /** @example 900 */
            expiresIn: number;
            /** @description What this session may do (as `GET /me` says); the API checks again on every request */
            permissions: ("profile.read" | "profile.update" | "reference.read" | "sessions.manage" | "tenants.read" | "tenants.manage" | "tenants.invite" | "members.read" | "members.manage" | "invitations.read" | "invitations.manage" | "api_keys.read" | "api_keys.manage" | "sso.manage" | "audit.read" | "audit.verify" | "reference.manage" | "directory.manage" | "projects.read" | "projects.create" | "projects.update" | "projects.manage" | "deliverables.review" | "beneficiaries.read" | "conventions.read" | "conventions.manage" | "conventions.sign" | "obligations.update" | "operations.read" | "operations.manage" | "webhooks.read" | "webhooks.manage" | "resources.read" | "resources.request" | "resources.manage" | "resources.approve_large" | "resources.usage.record" | "workshops.read" | "workshops.register" | "workshops.manage" | "dashboards.national" | "dashboards.read" | "reports.read" | "reports.request" | "reports.schedule")[];
            refreshExpiresIn: number;
            /** @description Opaque; single use: every refresh returns a new one. Absent in cookie mode, where it is set as an HttpOnly cookie */
            refreshToken?: string;
            /** @enum {string} */
            role: "network_admin" | "ministry_analyst" | "institute_manager" | "researcher" | "partner_admin" | "partner_member";
            tenant: components["schemas"]["SessionTenantDto"];
            /** @example Bearer */
            tokenType: string;
        };
        TotpEnrolmentDto: {
            /**
             * @description The `otpauth://totp/…` URI to show as a QR code
             * @example otpauth://totp/…
             */
            otpauthUri: string;
            /** @description The secret in base32, to type into an authenticator app by hand */
            secret: string;
        };
        UnreadCountDto: {
            unread: number;
        };
        UpdateActionItemDto: {
            /** @description Free text (someone outside it) */
            assigneeName?: Record<string, never> | null;
            /**
             * Format: uuid
             * @description A member of your tenant
             */
            assigneeUserId?: Record<string, never> | null;
            /** Format: date */
            dueDate?: Record<string, never> | null;
            /** @enum {string} */
            status?: "open" | "in_progress" | "done" | "cancelled";
            title?: string;
        };
        UpdateBeneficiaryDto: {
            name?: string;
            /** @example MA-06 */
            regionCode?: string;
            /**
             * @description An active thematic domain code
             * @example health
             */
            sector?: string;
            /** @enum {string} */
            size?: "startup" | "micro" | "small" | "medium";
        };
        UpdateConventionDto: {
            /** Format: date */
            effectiveDate?: string;
            /** Format: date */
            expiryDate?: string;
            /** @description Replaces the parties */
            parties?: components["schemas"]["ConventionPartyInputDto"][];
            priorityCodes?: string[];
            projectIds?: string[];
            reminderIntervalDays?: number;
            /** Format: date */
            signingDeadline?: string;
            title?: string;
            valueMad?: string;
        };
        UpdateDeliverableDto: {
            description?: string;
            /** Format: date */
            dueDate?: string;
            title?: string;
        };
        UpdateKpiDto: {
            /** @enum {string} */
            direction?: "higher" | "lower";
            name?: string;
            /** @description A decimal string (kept exactly) or a number */
            target?: string | number;
            unit?: string;
        };
        UpdateMilestoneDto: {
            /** Format: date */
            doneDate?: string | null;
            /** Format: date */
            dueDate?: string;
            title?: string;
        };
        UpdateObligationDto: {
            description?: string;
            /** Format: date */
            dueDate?: string;
            evidence?: components["schemas"]["EvidenceLinkDto"] | null;
            /** Format: uuid */
            responsibleTenantId?: string;
        };
        UpdatePreferencesDto: {
            /** @description The categories to change; others keep their setting. All are applied, or none. */
            preferences: components["schemas"]["PreferenceChangeDto"][];
        };
        UpdateProfileDto: {
            displayName?: string;
            /** @enum {string} */
            locale?: "fr" | "ar" | "en";
        };
        UpdateProjectDto: {
            /** @example 1250000.00 */
            budgetMad?: string;
            domainCodes?: string[];
            /** Format: date */
            endDate?: string;
            priorityCodes?: string[];
            regionCodes?: string[];
            /** @example 310000.50 */
            spentMad?: string;
            /** Format: date */
            startDate?: string;
            summary?: string;
            title?: string;
        };
        UpdateReferenceEntryDto: {
            /** @description false hides it from new choices; what references it keeps it */
            active?: boolean;
            /** @description Only the locales given change */
            labels?: components["schemas"]["LocalizedLabelsPatchDto"];
            position?: number;
        };
        UpdateResourceDto: {
            bookable?: boolean;
            /** @example 2000 */
            capacity?: string;
            defaultShare?: Record<string, never> | null;
            description?: string;
            directBooking?: boolean;
            largeRequestThreshold?: Record<string, never> | null;
            name?: string;
            /** @example MA-06 */
            regionCode?: string;
            /** @enum {string} */
            status?: "available" | "maintenance" | "retired";
            /** @description Changing the terms makes a new terms version */
            terms?: string;
            /** @enum {string} */
            visibility?: "network" | "listed";
            visibleTo?: string[];
        };
        UpdateTenantDto: {
            city?: string | null;
            hostOrganisation?: string | null;
            legalName?: string;
            /** @description Only the locales given change */
            names?: components["schemas"]["TenantNamesPatchDto"];
            /** @example MA-04 */
            regionCode?: string | null;
        };
        UpdateWebhookDto: {
            description?: string;
            /** @description Enabling a disabled endpoint clears its failure streak */
            enabled?: boolean;
            eventTypes?: string[];
            url?: string;
        };
        UpdateWorkshopDto: {
            /** @enum {string} */
            audience?: "network" | "listed";
            /** @description Listed audience tenants (audience `listed`) */
            audienceTenantIds?: string[];
            /** @description null: no limit */
            capacity?: Record<string, never> | null;
            /** @description Co-organising tenants */
            coOrganiserTenantIds?: string[];
            description?: string;
            /** @example 2026-12-10T16:00:00Z */
            endsAt?: string;
            /** @enum {string} */
            kind?: "workshop" | "seminar" | "co_design" | "training" | "steering_committee";
            /**
             * @description ISO 639 codes
             * @example [
             *       "fr",
             *       "ar"
             *     ]
             */
            languages?: string[];
            obligation?: components["schemas"]["ObligationLinkDto"] | null;
            onlineUrl?: Record<string, never> | null;
            /** @description Projects the workshop serves */
            projectIds?: string[];
            registrationClosesAt?: Record<string, never> | null;
            registrationOpensAt?: Record<string, never> | null;
            /** @example 2026-12-10T08:30:00Z */
            startsAt?: string;
            /**
             * @description IANA zone; default Africa/Casablanca
             * @example Africa/Casablanca
             */
            timeZone?: string;
            title?: string;
            venue?: Record<string, never> | null;
        };
        UserDto: {
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "fr" | "ar" | "en";
        };
        UtilisationResponseDto: {
            allocated: string;
            capacity: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            remaining: string;
            /** Format: uuid */
            resourceId: string;
            tenants: components["schemas"]["TenantUtilisationDto"][];
            unit: string;
            yourAllocated: string;
            yourRemaining: string | null;
            yourShare: string | null;
        };
        WaiveObligationDto: {
            /** @description Why it no longer applies */
            note?: string;
        };
        WebhookDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            description: string;
            /** Format: date-time */
            disabledAt: string | null;
            /** @enum {string|null} */
            disabledReason: "failing" | "manual" | null;
            enabled: boolean;
            eventTypes: string[];
            /**
             * Format: date-time
             * @description First failure since the last success
             */
            failingSince: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastSuccessAt: string | null;
            /** @description Grows with each rotation of the signing secret */
            secretVersion: number;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookPageDto: {
            data: components["schemas"]["WebhookDto"][];
            nextCursor: string | null;
        };
        WebhookWithSecretDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            description: string;
            /** Format: date-time */
            disabledAt: string | null;
            /** @enum {string|null} */
            disabledReason: "failing" | "manual" | null;
            enabled: boolean;
            eventTypes: string[];
            /**
             * Format: date-time
             * @description First failure since the last success
             */
            failingSince: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastSuccessAt: string | null;
            /** @description The signing secret (`whsec_…`). Shown this once: it is never stored and never shown again. */
            secret: string;
            /** @description Grows with each rotation of the signing secret */
            secretVersion: number;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WithdrawAllocationDto: {
            /** @example The training run moved to next quarter */
            reason?: string;
        };
        WorkshopDto: {
            agenda: components["schemas"]["AgendaItemResponseDto"][];
            /** @enum {string} */
            audience: "network" | "listed";
            cancelledAt: string | null;
            canManage: boolean;
            capacity: number | null;
            /** @description Organisers only: the self check-in code shown at the venue */
            checkInCode: string | null;
            createdAt: string;
            description: string;
            endsAt: string;
            heldAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "workshop" | "seminar" | "co_design" | "training" | "steering_committee";
            languages: string[];
            /** @description The caller’s own registration */
            myRegistration: components["schemas"]["MyRegistrationDto"] | null;
            obligation: Record<string, never> | null;
            onlineUrl: string | null;
            organiser: components["schemas"]["OrganiserDto"];
            participants: components["schemas"]["ParticipantDto"][];
            projects: Record<string, never>[];
            registrationClosesAt: string | null;
            registrationOpensAt: string | null;
            /** @description Seats taken, and people waiting */
            seats: components["schemas"]["SeatsDto"];
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "published" | "held" | "cancelled";
            timeZone: string;
            title: string;
            updatedAt: string;
            venue: string | null;
            version: number;
        };
        WorkshopPageDto: {
            data: components["schemas"]["WorkshopSummaryDto"][];
            nextCursor: string | null;
        };
        WorkshopSummaryDto: {
            canManage: boolean;
            capacity: number | null;
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "workshop" | "seminar" | "co_design" | "training" | "steering_committee";
            /** @description The caller’s own registration */
            myRegistration: components["schemas"]["MyRegistrationDto"] | null;
            organiser: components["schemas"]["OrganiserDto"];
            seats: components["schemas"]["SeatsDto"];
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "published" | "held" | "cancelled";
            timeZone: string;
            title: string;
            venue: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AllocationController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                resourceId?: string;
                status?: "pending" | "awaiting_root" | "approved" | "rejected" | "active" | "expired" | "revoked" | "withdrawn";
                /** @description `mine`: requested by my tenant; `incoming`: on my resources; `awaiting-root`, `all`: Root only */
                view?: "mine" | "incoming" | "awaiting-root" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPageDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type forbidden (Root-only views)
             *
             *     Needs the `resources.read` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AllocationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `resources.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AllocationController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveAllocationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type resource-read-only, person-required
             *
             *     Needs the `resources.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition, capacity-exceeded, share-exceeded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AllocationController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type resource-read-only, person-required
             *
             *     Needs the `resources.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AllocationController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type resource-read-only, person-required
             *
             *     Needs the `resources.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AllocationController_recordUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordUsageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type resource-read-only
             *
             *     Needs the `resources.usage.record` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type allocation-not-active, allocation-exhausted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AllocationController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawAllocationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type resource-read-only, person-required
             *
             *     Needs the `resources.request` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AllocationController_balances: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalancePageDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `resources.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeyController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `api_keys.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeyController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description The `key` is shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `api_keys.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeyController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `api_keys.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: no such object, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeyController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `api_keys.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: no such object, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_events: {
        parameters: {
            query?: {
                /** @description The previous page's `nextCursor` */
                cursor?: string;
                /** @description Entries per page */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `audit.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `audit.verify` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description The web app sends `cookie`: the refresh token then comes and goes in an HttpOnly, Secure, SameSite=Strict cookie scoped to /api/v1/auth instead of the body (docs/identity.md#the-web-apps-session) */
                "x-jazari-session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Signed in to the tenant used last (or the oldest membership) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description The password is right, and a second factor must follow: answer the challenge (POST /auth/second-factor), or, when `enrolmentRequired`, set one up first (POST /auth/second-factor/totp) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorChallengeDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-credentials`: the same for an unknown email and a wrong password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address or on this account; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description The web app sends `cookie`: the refresh token then comes and goes in an HttpOnly, Secure, SameSite=Strict cookie scoped to /api/v1/auth instead of the body (docs/identity.md#the-web-apps-session) */
                "x-jazari-session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The session of this refresh token is over (also if it already was) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `cross-origin-request`: cookie mode from a page of another origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PasswordResetController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPasswordResetDto"];
            };
        };
        responses: {
            /** @description The same answer whether the address is known or not; if it is, a link is e-mailed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetRequestedDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address or for this e-mail */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PasswordResetController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetTokenDto"];
            };
        };
        responses: {
            /** @description The link works, until `expiresAt` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetLinkDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a link this server made (unknown or tampered token) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `reset-link-used`: already used; `reset-link-expired`: past its 30 minutes, or closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PasswordResetController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletePasswordResetDto"];
            };
        };
        responses: {
            /** @description Password set; every session of the person ended, their other links closed; sign in next */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a password too short or too long */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a link this server made (unknown or tampered token) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `reset-link-used`: already used; `reset-link-expired`: past its 30 minutes, or closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description The web app sends `cookie`: the refresh token then comes and goes in an HttpOnly, Secure, SameSite=Strict cookie scoped to /api/v1/auth instead of the body (docs/identity.md#the-web-apps-session) */
                "x-jazari-session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description A new pair; the refresh token sent is now used up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, expired or reused token (reuse ends the whole session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `cross-origin-request`: cookie mode from a page of another origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SignInSecondFactorController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondFactorAnswerDto"];
            };
        };
        responses: {
            /** @description Signed in (cookie mode as at sign-in) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-second-factor`: a wrong, reused or unknown code (counted like a wrong password); `invalid-challenge`: sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many wrong codes; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SignInPasskeyController_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInPasskeyEnrolmentDto"];
            };
        };
        responses: {
            /** @description The passkey is kept and the session open; recovery codes shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolledSignInDto"];
                };
            };
            /** @description `passkey-not-registered`: another origin, no user verification, or a used or expired challenge */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-challenge` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `second-factor-enabled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SignInPasskeyController_options: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeTokenDto"];
            };
        };
        responses: {
            /** @description For `startAuthentication`; answer with POST /auth/second-factor `{ challengeToken, passkey }` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyOptionsDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-challenge` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `no-passkey`: answer with a code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SignInPasskeyController_enrolmentOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeTokenDto"];
            };
        };
        responses: {
            /** @description For `startRegistration`; answer with POST /auth/second-factor/passkey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyOptionsDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-challenge` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `second-factor-enabled`: answer the challenge instead */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SignInSecondFactorController_beginTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeTokenDto"];
            };
        };
        responses: {
            /** @description A secret to scan, for a person who must set one up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolmentDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-challenge` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `second-factor-enabled`: answer the challenge with a code instead */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SignInSecondFactorController_confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeAnswerDto"];
            };
        };
        responses: {
            /** @description Set up and signed in; recovery codes shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolledSignInDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-second-factor`: a wrong, reused or unknown code (counted like a wrong password); `invalid-challenge` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SsoSignInController_start: {
        parameters: {
            query?: {
                /** @description Where to go after signing in: a path of this app */
                next?: string;
            };
            header?: never;
            path: {
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider’s authorization endpoint (code flow, PKCE S256, state, nonce), with the state cookie; or back to `/sign-in?sso-error=…` when the tenant has no single sign-on or its provider does not answer */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: no such object, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SsoSignInController_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: to `/sign-in?sso=done&next=<page asked for>` with the session’s refresh cookie (as a password sign-in in cookie mode; the page takes the session up and goes on); refused: to `/sign-in?sso-error=<reason>&tenant=<slug>`, no cookie */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SsoSignInController_options: {
        parameters: {
            query?: {
                /** @description An e-mail address: its domain names the tenant */
                email?: string;
                /** @description A tenant’s slug or id (the sign-in page’s `?tenant=`) */
                tenant?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant signs in through its OpenID provider */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInOptionsDto"];
                };
            };
            /** @description No tenant with single sign-on by that slug or e-mail domain: sign in with a password. Not an error (the sign-in page asks for every address typed), so no problem document */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_switchTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The web app sends `cookie`: the refresh token then comes and goes in an HttpOnly, Secure, SameSite=Strict cookie scoped to /api/v1/auth instead of the body (docs/identity.md#the-web-apps-session) */
                "x-jazari-session"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchTenantDto"];
            };
        };
        responses: {
            /** @description A session in the other tenant; the current one ends */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `sessions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BeneficiaryController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Searched in the name (ignoring case, accents and Arabic diacritics) and in the ICE */
                q?: string;
                region?: string;
                /** @description A thematic domain code */
                sector?: string;
                size?: "startup" | "micro" | "small" | "medium";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryPageResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a bad filter, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `beneficiaries.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BeneficiaryController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Beneficiary id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: the id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `beneficiaries.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found: no such company, or none the caller supports */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BeneficiaryController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Beneficiary id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBeneficiaryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed, also for an unknown region or sector */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reference.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BeneficiaryController_mismatches: {
        parameters: {
            query?: {
                /** @description Only this company's mismatches */
                beneficiaryId?: string;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeneficiaryMismatchPageResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a bad beneficiaryId, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type forbidden: not Root's network admin
             *
             *     Needs the `reference.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                status?: "draft" | "in_review" | "out_for_signature" | "active" | "expired" | "terminated" | "declined" | "voided";
                type?: "framework" | "partnership" | "rnd_collaboration" | "data_sharing" | "mou" | "amendment";
                /** @description `mine`: owned or a party to; `awaiting-my-signature`: out for signature, you a pending signer of the current step; `all`: Root only */
                view?: "mine" | "awaiting-my-signature" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionPageDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type forbidden: view=all outside Root
             *
             *     Needs the `conventions.read` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConventionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The convention version, `"<version>"` */
                    ETag?: string;
                    /** @description URL of the new convention */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a bad field, an inactive or unknown party, priority or project */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type forbidden (a partner), person-required (an API key)
             *
             *     Needs the `conventions.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Convention id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The convention version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, `"<version>"` */
                "If-Match": string;
            };
            path: {
                /** @description Convention id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConventionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The convention version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type convention-locked (not a draft), party-in-use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionController_amend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Convention id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAmendmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The convention version, `"<version>"` */
                    ETag?: string;
                    /** @description URL of the amendment */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type convention-not-active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EvidenceController_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type convention-not-signed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SigningController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningResultDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type not-a-signer
             *
             *     Needs the `conventions.sign` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-your-turn, invalid-convention-status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionDocumentController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Convention id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionDocumentPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionDocumentController_upload: {
        parameters: {
            query?: {
                /** @description The file name (default `convention.pdf`) */
                filename?: unknown;
            };
            header?: {
                "Content-Disposition"?: string;
            };
            path: {
                /** @description Convention id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where to download it */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionDocumentUploadedDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type convention-locked: active or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type payload-too-large (nothing is stored) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type unsupported-media-type: not a PDF */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionDocumentController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                /** @description Convention id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description `sha-256=:<base64>:` */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EvidenceController_bundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ObligationController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found: no convention the caller can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ObligationController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateObligationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type convention-read-only
             *
             *     Needs the `conventions.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type convention-closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-a-party, evidence-not-found */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ObligationController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                obligationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateObligationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type convention-closed, obligation-closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ObligationController_met: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                obligationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkObligationMetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type obligation-not-yours
             *
             *     Needs the `obligations.update` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type obligation-closed, evidence-not-ready */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type evidence-not-found */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ObligationController_waive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                obligationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaiveObligationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type obligation-closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionLifecycleController_returnToDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Convention id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConventionActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The convention version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SigningController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningResultDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type convention-read-only
             *
             *     Needs the `conventions.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type invalid-convention-status, no-document, party-without-signer */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SigningController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningResultDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type invalid-credentials (nothing recorded)
             *
             *     No valid access token or API key
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type not-a-signer, second-factor-required (set one up first), invalid-second-factor (nothing recorded)
             *
             *     Needs the `conventions.sign` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-your-turn, invalid-convention-status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type too-many-requests (wrong passwords, per account) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SigningController_candidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignerCandidatesDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type convention-read-only
             *
             *     Needs the `conventions.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SigningController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignersDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SigningController_setSigners: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSignersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignersDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type convention-read-only
             *
             *     Needs the `conventions.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type invalid-convention-status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type invalid-signers, party-without-signer, signer-not-member */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionLifecycleController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Convention id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConventionActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The convention version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionLifecycleController_terminate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Convention id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminateConventionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The convention version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConventionLifecycleController_void: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Convention id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConventionActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The convention version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConventionResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DashboardController_institute: {
        parameters: {
            query?: {
                /** @description First month included (YYYY-MM) */
                from?: string;
                /** @description Last month included (YYYY-MM) */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstituteDashboardDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `dashboards.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DashboardController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Location: the national, institute or partner dashboard */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `dashboards.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DashboardController_national: {
        parameters: {
            query?: {
                /** @description First month included (YYYY-MM) */
                from?: string;
                /** @description One institute's tenant id */
                institute?: string;
                /** @description A national priority code; a pillar matches its sub-priorities too */
                priority?: string;
                /** @description A region code (ISO 3166-2:MA) */
                region?: string;
                /** @description Last month included (YYYY-MM) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalDashboardDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type forbidden
             *
             *     Needs the `dashboards.national` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DashboardController_partner: {
        parameters: {
            query?: {
                /** @description First month included (YYYY-MM) */
                from?: string;
                /** @description Last month included (YYYY-MM) */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDashboardDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `dashboards.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Thematic domain code */
                domain?: string;
                /** @description Without it: institutes and partners (Root is listed only with kind=root) */
                kind?: "root" | "institute" | "partner";
                limit?: number;
                /** @description Searched in the names, legal name, city and host organisation, ignoring case, accents and Arabic diacritics ("fes" finds "Fès") */
                q?: string;
                /** @description Region code */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryPageResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a bad filter, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reference.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryEntryResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: the id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reference.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryController_saveProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutDirectoryProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryEntryResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed, also for a domain code that is not an active domain */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `directory.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DomainController_list: {
        parameters: {
            query?: {
                /** @description Also list deactivated entries (Root only; 403 `forbidden` otherwise) */
                includeInactive?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainListResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reference.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DomainController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDomainDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description URL of the domain list */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reference.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type code-taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DomainController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReferenceEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reference.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EvidenceController_publicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { keyId, algorithm, publicKey (SPKI PEM), publicKeyRaw (base64) } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InvitationController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current tenant's invitations, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `invitations.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InvitationController_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            /** @description Invites someone into the current tenant */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `invitations.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InvitationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `invitations.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: no such object, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InvitationController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked; its link no longer works */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `invitations.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: no such object, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InvitationController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description You are a member; sign in with your password */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InvitationController_preview: {
        parameters: {
            query: {
                /** @description The token from the invitation link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: the token is not one of ours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfileController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description You, your memberships, and the tenant and permissions of this token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfileController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PreferencesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every category, with your choice or the default */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferenceListDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PreferencesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePreferencesDto"];
            };
        };
        responses: {
            /** @description Every category, after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferenceListDto"];
                };
            };
            /** @description An unknown category or mode, or a category named twice */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `preference-locked` (in-app off where every event asks you to act) or `digest-unavailable` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only the unread ones */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your notifications, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InboxController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not one of your notifications */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InboxController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedAllReadDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InboxController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyPasskeysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your passkeys, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyListDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyPasskeysController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPasskeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedPasskeyDto"];
                };
            };
            /** @description `passkey-not-registered`: another origin, no user verification, or a used or expired challenge */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyPasskeysController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FactorProofDto"];
            };
        };
        responses: {
            /** @description The passkey no longer works */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description `invalid-second-factor`: a wrong or reused code, or a passkey answer that does not verify (counted like a wrong password)
             *
             *     Needs the `profile.update` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: none of your passkeys has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `second-factor-mandatory`: it is the last factor you must keep */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many wrong answers; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyPasskeysController_authenticationOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For `startAuthentication` of @simplewebauthn/browser */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyOptionsDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `no-passkey` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MyPasskeysController_registrationOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FactorProofDto"];
            };
        };
        responses: {
            /** @description For `startRegistration` of @simplewebauthn/browser */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyOptionsDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description `invalid-second-factor`: a wrong or reused code, or a passkey answer that does not verify (counted like a wrong password); needed when you already have a second factor
             *
             *     Needs the `profile.update` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many wrong answers; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfileController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Changed; your other sessions are over */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordChangedDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MySecondFactorController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorStatusDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MySecondFactorController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondFactorCodeDto"];
            };
        };
        responses: {
            /** @description The factor and its recovery codes are gone */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description `invalid-second-factor`: a wrong, reused or unknown code (counted like a wrong password)
             *
             *     Needs the `profile.update` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `second-factor-mandatory`: you must keep one */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MySecondFactorController_renewRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondFactorCodeDto"];
            };
        };
        responses: {
            /** @description Ten new codes; the old ones no longer work */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description `invalid-second-factor`: a wrong, reused or unknown code (counted like a wrong password)
             *
             *     Needs the `profile.update` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MySecondFactorController_beginTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret; confirm it with a first code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolmentDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `profile.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `second-factor-enabled`: turn the current one off first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MySecondFactorController_confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecondFactorCodeDto"];
            };
        };
        responses: {
            /** @description Set up; the recovery codes are shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description `invalid-second-factor`: a wrong, reused or unknown code (counted like a wrong password)
             *
             *     Needs the `profile.update` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `no-pending-enrolment`, `second-factor-enabled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many wrong codes; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MySessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your live sessions in every tenant, last used first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `sessions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MySessionsController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description That session is over (this one too, if it is the current one) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `sessions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a live session of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MySessionsController_endOthers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every session but this one ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionsEndedDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `sessions.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description [{ id, createdAt, revokedAt }] */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.register` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { id, url, token, createdAt, revokedAt } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.register` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { id, createdAt, revokedAt } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.register` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MemberController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members of the current tenant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `members.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MemberController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `members.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: no such object, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MemberController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; their sessions in this tenant are over */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `members.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: no such object, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MemberController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `members.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: no such object, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MemberSessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's live sessions in this tenant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `members.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a member of this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MemberSessionsController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description That session is over */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `members.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a member, or not a live session of theirs in this tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ObligationController_listMine: {
        parameters: {
            query: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                status?: "open" | "met" | "waived";
                /** @description `we-owe`: what the caller’s tenant must meet; `owed-to-us`: what the other parties owe it */
                view: "we-owe" | "owed-to-us";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationPageDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `conventions.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OperationsController_board: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OperationsController_failedJobs: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedJobPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `operations.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OperationsController_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedJobDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `operations.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such failed job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `already-resolved`, or `job-not-failed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OperationsController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedJobDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `operations.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such failed job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `already-resolved`, or `job-not-failed` (the job is running or waiting) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OperationsController_queueDepths: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueDepthListDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `operations.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OperationsController_jobs: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                state?: "waiting" | "active" | "delayed" | "failed" | "completed";
            };
            header?: never;
            path: {
                queue: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobListDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `operations.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such queue */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PriorityController_tree: {
        parameters: {
            query?: {
                /** @description Also list deactivated entries (Root only; 403 `forbidden` otherwise) */
                includeInactive?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityTreeResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reference.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PriorityController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePriorityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description URL of the priority list */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a bad field, a code of a third level, or a sub-priority of no pillar */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reference.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type code-taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PriorityController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReferenceEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reference.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description A thematic domain code */
                domain?: string;
                /** @description Projects of this institute (useful to Root and partners) */
                institute?: string;
                /** @description Projects this person leads */
                lead?: string;
                limit?: number;
                /** @description true: a milestone is past due and not done, or a deliverable is past due and still planned or rejected; false: neither */
                overdue?: boolean;
                /** @description Projects this partner tenant takes part in */
                partner?: string;
                /** @description A national priority code; a level-1 code also matches its children */
                priority?: string;
                /** @description Words searched in the title and summary, case, accents and Arabic diacritics folded; the last word also as a prefix */
                q?: string;
                region?: string;
                status?: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                type?: "research" | "applied_rnd" | "prototype" | "startup_support" | "sme_adoption" | "training" | "public_service";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPageDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a bad filter, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The project version, `"<version>"` */
                    ETag?: string;
                    /** @description URL of the new project */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a bad or unknown field, an end before the start, an unknown or inactive priority, region, domain or partner, a lead or team member who is not a member of the institute */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.create` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The project version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited (`"<version>"`); a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The project version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectManagementController_activate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited (`"<version>"`); a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The project version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition, with `from`, `to` and `allowed` (the statuses allowed from the current one) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectBeneficiaryController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectBeneficiaryPageResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectBeneficiaryController_link: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkBeneficiaryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedBeneficiaryResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed, also for an unknown region or sector */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type beneficiary-already-linked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectBeneficiaryController_unlink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                beneficiaryId: string;
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found: no such project, or the company is not linked to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectManagementController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited (`"<version>"`); a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The project version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition, with `from`, `to` and `allowed` (the statuses allowed from the current one) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectManagementController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited (`"<version>"`); a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The project version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition, with `from`, `to` and `allowed` (the statuses allowed from the current one) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliverableController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                kind?: "technology_brick" | "prototype" | "model_evaluation" | "dataset" | "technical_report" | "methodology" | "publication" | "software";
                limit?: number;
                status?: "planned" | "submitted" | "accepted" | "rejected";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverablePageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliverableController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDeliverableDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverableDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliverableController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverableDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliverableController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDeliverableDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverableDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type deliverable-locked: submitted or accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliverableController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptDeliverableDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverableDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `deliverables.review` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition (with from, to and allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EvaluationController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                deliverableId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EvaluationController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                deliverableId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEvaluationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-a-model-evaluation (another kind of deliverable), deliverable-locked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliverableFileController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                deliverableId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverableFilePageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliverableFileController_upload: {
        parameters: {
            query?: {
                /** @description The file name, if no Content-Disposition */
                filename?: unknown;
            };
            header?: {
                "Content-Disposition"?: string;
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                deliverableId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string;
                "application/pdf": string;
                "application/vnd.oasis.opendocument.presentation": string;
                "application/vnd.oasis.opendocument.spreadsheet": string;
                "application/vnd.oasis.opendocument.text": string;
                "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "application/x-ipynb+json": string;
                "application/zip": string;
                "image/jpeg": string;
                "image/png": string;
                "text/csv": string;
                "text/markdown": string;
                "text/plain": string;
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where to download it */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverableFileDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type deliverable-locked: submitted or accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type payload-too-large (nothing is stored) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type unsupported-media-type: a type not accepted, or content that is not of that type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliverableFileController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description `sha-256=:<base64>:` */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                    "application/pdf": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/x-ipynb+json": string;
                    "application/zip": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "text/csv": string;
                    "text/markdown": string;
                    "text/plain": string;
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliverableController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDeliverableDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverableDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `deliverables.review` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition (with from, to and allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliverableController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliverableDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition (with from, to and allowed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectController_history: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectHistoryPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectManagementController_hold: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited (`"<version>"`); a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The project version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition, with `from`, `to` and `allowed` (the statuses allowed from the current one) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    KpiController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    KpiController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKpiDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    KpiController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kpiId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    KpiController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kpiId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateKpiDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    KpiController_listMeasurements: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                kpiId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    KpiController_measure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                kpiId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeasurementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MilestoneController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestonePageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found: no project the caller can see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MilestoneController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMilestoneDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MilestoneController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MilestoneController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectManagementController_setPartners: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited (`"<version>"`); a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectPartnersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The project version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a tenant that is not an active partner */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StatusReportController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusReportPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StatusReportController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStatusReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusReportDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed (also: periodEnd before periodStart) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.update` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StatusReportController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusReportDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectManagementController_setTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you edited (`"<version>"`); a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Project id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectTeamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The project version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: someone who is not a member of the institute */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttentionController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only the projects of this institute (Root, and partners working with several) */
                institute?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttentionPageDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AttentionController_reviews: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPageDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Needs the `deliverables.review` permission (institute managers)
             *
             *     Needs the `deliverables.review` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectController_exportCsv: {
        parameters: {
            query?: {
                /** @description A thematic domain code */
                domain?: string;
                /** @description Projects of this institute (useful to Root and partners) */
                institute?: string;
                /** @description Projects this person leads */
                lead?: string;
                /** @description true: a milestone is past due and not done, or a deliverable is past due and still planned or rejected; false: neither */
                overdue?: boolean;
                /** @description Projects this partner tenant takes part in */
                partner?: string;
                /** @description A national priority code; a level-1 code also matches its children */
                priority?: string;
                /** @description Words searched in the title and summary, case, accents and Arabic diacritics folded; the last word also as a prefix */
                q?: string;
                region?: string;
                status?: "proposed" | "active" | "on_hold" | "completed" | "cancelled";
                type?: "research" | "applied_rnd" | "prototype" | "startup_support" | "sme_adoption" | "training" | "public_service";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Columns: institute, title, type, status, start, end, budget_mad, spent_mad, lead, priorities, regions, domains, partners */
            200: {
                headers: {
                    /** @description attachment; filename="projects-YYYY-MM-DD.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a bad filter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `projects.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegionController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionListResponseDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reference.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportDownloadController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description `sha-256=:<base64>:` */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type download-link-invalid (altered or not a link) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type report-not-ready */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type download-link-expired, report-expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportScheduleController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSchedulePageDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reports.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportScheduleController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportScheduleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportScheduleDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type forbidden
             *
             *     Needs the `reports.schedule` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found (an institute or partner that is not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportScheduleController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reports.schedule` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reports.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestReportDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    /** @description The report: /api/v1/reports/{id} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type forbidden (national scope outside Root's analysts)
             *
             *     Needs the `reports.request` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found (an institute or partner that is not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reports.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    /** @description `sha-256=:<base64>:` */
                    "Repr-Digest"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reports.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type report-not-ready */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type report-expired (after REPORT_DOWNLOAD_TTL_HOURS) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportController_downloadLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadLinkDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `reports.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type report-not-ready */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type report-expired (after REPORT_DOWNLOAD_TTL_HOURS) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type forbidden, permission-denied
             *
             *     Needs the `reports.request` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type report-not-failed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResourceController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                kind?: "compute" | "dataset" | "model" | "lab" | "equipment" | "expertise" | "software_licence";
                limit?: number;
                /** @description The owning tenant */
                owner?: string;
                /** @description Words of the name or description (accents ignored) */
                q?: string;
                region?: string;
                status?: "available" | "maintenance" | "retired";
                unit?: "gpu_hour" | "cpu_hour" | "TB" | "GB" | "seat" | "slot" | "day" | "hour" | "licence" | "request";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourcePageDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `resources.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResourceController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResourceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The version, `"<version>"` */
                    ETag?: string;
                    /** @description URL of the resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type forbidden (a partner), person-required (an API key)
             *
             *     Needs the `resources.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResourceController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `resources.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found (also when not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResourceController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you read, `"<version>"` */
                "If-Match": string;
            };
            path: {
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResourceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type resource-read-only
             *
             *     Needs the `resources.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResourceAllocationController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                resourceId?: string;
                status?: "pending" | "awaiting_root" | "approved" | "rejected" | "active" | "expired" | "revoked" | "withdrawn";
                /** @description `mine`: requested by my tenant; `incoming`: on my resources; `awaiting-root`, `all`: Root only */
                view?: "mine" | "incoming" | "awaiting-root" | "all";
            };
            header?: never;
            path: {
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `resources.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResourceAllocationController_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestAllocationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type person-required
             *
             *     Needs the `resources.request` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type resource-unavailable, terms-not-accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BookingController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Default: 30 days ago */
                from?: string;
                includeCancelled?: boolean;
                /** @description Default 100 */
                limit?: number;
                /** @description Default: in a year */
                to?: string;
            };
            header?: never;
            path: {
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingPageDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `resources.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BookingController_book: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type person-required
             *
             *     Needs the `resources.request` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type slot-taken, not-bookable, resource-unavailable, allocation-required, outside-allocation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BookingController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Booking id */
                bookingId: string;
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type resource-read-only, person-required
             *
             *     Needs the `resources.request` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition (already cancelled) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BookingController_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `resources.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResourceController_shares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharePageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `resources.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResourceController_setShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSharesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharePageDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type resource-read-only
             *
             *     Needs the `resources.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ResourceController_utilisation: {
        parameters: {
            query?: {
                /** @description A day in the period (default: today) */
                date?: string;
            };
            header?: never;
            path: {
                /** @description Resource id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UtilisationResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `resources.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SecurityPolicyController_policy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPolicyDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `members.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SecurityPolicyController_setPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecurityPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPolicyDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `members.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SsoConfigController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoSettingsDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `sso.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SsoConfigController_save: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveSsoConfigDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoSettingsDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `sso.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `issuer-unreachable`: no discovery document; `role-not-allowed`: not a first-sign-in role */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SsoConfigController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed (also when there was none); password sign-in is back for all */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `sso.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TenantController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                kind?: "root" | "institute" | "partner";
                limit?: number;
                /** @description Case-insensitive text searched in the slug, the legal name and the three names */
                q?: string;
                /** @description Region code */
                region?: string;
                status?: "active" | "suspended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantPageResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a bad filter, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `tenants.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TenantController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description URL of the new tenant */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: a bad or unknown field, kind root, or an institute without region or city */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `tenants.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type slug-taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type unknown-region */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TenantController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed: the id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `tenants.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TenantController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTenantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantResponseDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `tenants.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type unknown-region, or institute-location-required when an institute would lose its region or city */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InvitationController_inviteInto: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            /** @description Root invites an institute's manager or a partner's admin */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `tenants.invite` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: no such object, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TenantController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `tenants.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TenantController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantResponseDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `tenants.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type cannot-suspend-root */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EvidenceController_verifyDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { sha256, conventions: [...] } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (application/problem+json), type invalid-hash */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: no such object, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_list: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description The `secret` is shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretDto"];
                };
            };
            /** @description Invalid body, unknown event type, or a URL that is not allowed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint in your tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its delivery log */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint in your tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint in your tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_deliveriesOf: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                limit?: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery log, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPageDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint in your tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_delivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such delivery of this endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_attempts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every attempt, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptListDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such delivery of this endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new attempt cycle is queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such delivery of this endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The endpoint is disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new `secret`, shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such endpoint in your tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhookController_eventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event types an endpoint may subscribe to */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTypesDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `webhooks.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found: unknown or revoked */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkshopController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "draft" | "published" | "held" | "cancelled";
                /** @description `upcoming`: not yet ended, soonest first; `past`: ended, latest first; absent: all, by start */
                when?: "upcoming" | "past";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopPageDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkshopController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkshopDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The workshop version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type invalid-reference */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkshopController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The workshop version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkshopController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkshopDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The workshop version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type workshop-locked, capacity-below-registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type precondition-failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type invalid-reference */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeController_addActionItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same request answers the first answer without acting again (header `Idempotent-Replayed: true`). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActionItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency-key-reused`: this Idempotency-Key was sent with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeController_updateActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkshopController_agenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgendaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The workshop version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type workshop-locked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkshopController_ics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkshopController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelWorkshopDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The workshop version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `precondition-failed`: the If-Match ETag is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.register` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-registered, registration-closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type not-attended
             *
             *     Needs the `workshops.read` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.register` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-registered, check-in-closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type wrong-check-in-code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type too-many-requests (5 wrong codes) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeController_linkDeliverable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkDeliverableDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type invalid-reference */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkshopController_hold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The workshop version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition, workshop-not-started */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `precondition-failed`: the If-Match ETag is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.register` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-invited, registration-closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.register` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-invited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResultDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type registration-closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeController_minutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MinutesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesDto"];
                };
            };
            /** @description Problem (application/problem+json), type validation-failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type workshop-locked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type workshop-not-held, no-minutes */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutcomeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `workshops.read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkshopController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; a stale one is refused with 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The workshop version, `"<version>"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type illegal-transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `precondition-failed`: the If-Match ETag is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type not-in-audience
             *
             *     Needs the `workshops.register` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type registration-closed, already-registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_checkInFor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationDto"];
                };
            };
            /** @description `validation-failed`: a field or parameter is not valid (see `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Problem (application/problem+json), type workshop-read-only
             *
             *     Needs the `workshops.manage` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (application/problem+json), type not-registered, check-in-closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem document (for instance 429 or 503) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
