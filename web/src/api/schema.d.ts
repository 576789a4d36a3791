// Generated from web/openapi.json by `npm run api:generate` (scripts/generate-api.mjs). Do not edit.
export interface paths {
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs, newest first (or ?order=oldest), filtered by status (comma list), type, batchId and text (?q=), paged by cursor (?cursor=) or offset, with stats */
        get: operations["ListJobs"];
        put?: never;
        /**
         * Submit a job
         * @description Body {type?, preset?, inputs?, options?, priority?, maxAttempts?}; type defaults to 'video'. options.webhook {url, token?, jobId?} sends signed progress and completion webhooks. Seed 000's legacy body (brief, planSpec, voiceSpec, renderSpec) is a video job.
         */
        post: operations["SubmitJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit several jobs as one named batch (all validated first, stored together) */
        post: operations["SubmitBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/batch/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch with its aggregate status and its jobs */
        get: operations["GetBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/batch/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel every unfinished job of the batch */
        post: operations["CancelBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Batches, newest first, each with its aggregate status, jobs per status and aggregate progress */
        get: operations["ListBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job's events: SSE (Accept: text/event-stream; resume with Last-Event-ID) or JSON (?after=&limit=)
         * @description The SSE stream ends after the job's terminal event (job-completed, job-failed, job-status Cancelled/Skipped, job-removed); a browser's stream (Sec-Fetch-Mode) stays open with heartbeats until the page closes it, so its EventSource neither errors nor reconnects.
         */
        get: operations["GetJobEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every job's events as SSE (data includes jobId); live from now unless Last-Event-ID or ?after= is given */
        get: operations["StreamAllJobEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job's status, steps, output, warnings and errors */
        get: operations["GetJob"];
        put?: never;
        post?: never;
        /** Delete one job that is not running: its record, events, outputs and logs */
        delete: operations["DeleteJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a queued or running job */
        post: operations["CancelJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed or cancelled job again from its first unfinished step (?strategy= is accepted and ignored) */
        post: operations["RetryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete jobs by status (?status=Succeeded,Failed; default every final status) and type (?type=video,transcode); never running jobs */
        post: operations["ClearJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/prune": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete finished jobs older than the retention policy allows (MediaJobs:Retention), with their events and folders; never running jobs or unfinished batches (admin key) */
        post: operations["PruneJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/output": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the job's primary output, or the artifact named by ?name= (supports Range) */
        get: operations["GetJobOutput"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/download-archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a ZIP of the job's results and output artifacts */
        get: operations["DownloadJobArchive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The job's webhook deliveries: status (Pending, Delivered, Failed), attempts, last status code and error */
        get: operations["GetJobWebhooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/webhooks/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivered or failed webhook delivery again now, its attempts counted afresh */
        post: operations["ResendJobWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the queue is paused, and how many jobs run and wait */
        get: operations["GetQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop starting jobs; running jobs go back to the front of the queue (persisted; admin key) */
        post: operations["PauseQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queue/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start jobs again (admin key) */
        post: operations["ResumeQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts per status and the counters the job types declare (session and lifetime) */
        get: operations["GetStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/finished-per-minute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Succeeded and failed finishes in each of the last `minutes` minutes (1-1440, default 60), oldest first, from an index */
        get: operations["GetFinishedPerMinute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/reset-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the session totals of every counter back to zero (admin key) */
        post: operations["ResetSessionStats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every setting that may change while the server runs, with its value and the settings' version (also the ETag; admin key) */
        get: operations["GetSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change runtime settings on every node, all or none, by the start-up rules (admin key)
         * @description Body: a JSON object of configuration key → value (a string, number or boolean; null puts the configured value back). A refused key or value is a 400 naming the key in 'field'. With If-Match: "<version>" the change is made only if nobody changed the settings since that version (412 otherwise); without it, a change made at the same time on another node is merged.
         */
        patch: operations["UpdateSettings"];
        trace?: never;
    };
    "/api/stream-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A short-lived signed token for the caller's key and one job (?jobId=) or the every-job stream, accepted as ?access_token= by the event streams and downloads only
         * @description With ?jobId= the token opens only that job's GET /api/jobs/{id}/events (SSE), /output and /download-archive; without, only GET /api/jobs/stream. Used anywhere else it is a 403. It names the key's id, never the key, only reads, and stops working when its key is no longer configured; an open stream is not cut when it expires.
         */
        post: operations["CreateStreamToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a file (multipart/form-data, field 'file') for use as a job input, e.g. a pdf job's filename
         * @description Streamed to disk under <data>/uploads/, size-limited (MediaJobs:Uploads:MaxBytes a file, MaxRequestBytes a request, MaxBytesPerKey held by a non-admin key: 413, checked from Content-Length before the body is read), refused with 507 when it would leave the disk under MediaJobs:DiskSpace:MinFreeBytes, recognised by its first bytes (PDF, image, video, audio). Only jobs of the same key may name it; it is deleted with the last job that names it, or after MediaJobs:Uploads:UnusedLifetime when no job does.
         */
        post: operations["UploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/browse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Directories first, then video files (codec, size, duration from a probe cache) under the media roots */
        get: operations["Browse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The nodes sharing this store: name, host, version, start, last heartbeat, live, job types with their limits, tools and encoders, jobs running now */
        get: operations["ListNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/moneyprinter/api/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed 001: start a video from a subject */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The video's topic (1 to 500 characters). */
                        videoSubject: string;
                        /**
                         * Format: int32
                         * @description 1 or more (the page offers 1 to 100): about 20 s of narration per paragraph, at most 1800 s (a string such as "1" is read as the real backend's int() does).
                         */
                        paragraphNumber?: null | number;
                        /** @description One of the page's voice ids (en_us_001, fr_001, br_003, jp_006…): its language and an espeak-ng voice of it (docs/api.md lists each). */
                        voice?: null | string;
                        /** @description Lay a music bed under the narration. */
                        useMusic?: null | boolean;
                        /** @description True is accepted with a job warning: MediaJobs does not upload to YouTube (as the real backend without client_secret.json). */
                        automateYoutubeUpload?: null | boolean;
                        /** @description A URL is accepted with a job warning: it is not downloaded (the songs come from /api/upload-songs or the generated bed). */
                        zipUrl?: null | string;
                        /** @description One of /api/models; another name is a job warning (the server's configured writer writes). */
                        aiModel?: null | string;
                        /** @description A prompt is a job warning: the script writers take the subject, not a prompt. Empty: nothing. */
                        customPrompt?: null | string;
                        /**
                         * Format: int32
                         * @description The encoder's threads (1 to 100; more is capped with a warning; empty or 0: the encoder decides).
                         */
                        threads?: null | number;
                        /** @description Where the burned captions go: "horizontal,vertical", e.g. "center,bottom" (the default). */
                        subtitlesPosition?: null | string;
                        /** @description The burned captions' colour: any CSS colour ("#FFFF00", "#fff", "yellow", "rgb(255, 255, 0)"); default #FFFF00. */
                        color?: null | string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterGenerateResponse"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Payload Too Large */
                413: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Unsupported Media Type */
                415: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/moneyprinter/api/upload-songs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** MoneyPrinter: replace this key's songs (multipart 'songs', .mp3); a generate with useMusic lays one as the music bed */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        songs: Blob[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterMessage"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Payload Too Large */
                413: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Unsupported Media Type */
                415: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Insufficient Storage */
                507: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/moneyprinter/api/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** MoneyPrinter: the script-writer models this server is configured with */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterModels"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/moneyprinter/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 001: one job's state */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterJobResponse"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/moneyprinter/api/jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 001: the job's events after an id */
        get: {
            parameters: {
                query?: {
                    /** @description Only events with a larger id (the last id you received; surrounding spaces, as in the seed's 'after= 42', are allowed). Not a whole number: a 400 in the seed's error shape. */
                    after?: number;
                };
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterEventsResponse"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/moneyprinter/api/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed 001: cancel one job */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterCancelResponse"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/moneyprinter/api/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed 001: cancel the latest active job (running first) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterCancelResponse"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MoneyPrinterError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/secretary/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed 003: create a document job */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description pdf, session or transformer. */
                        job_type: string;
                        /** @description The job's inputs (pdf: filename, extraction_method, template, language, use_cache, include_assets; transformer: text, template, title, values; session: title, speakers, slides, media, template). May hold the webhook instead of the top level. */
                        parameters?: Record<string, unknown>;
                        /** @description Shown as the job's user_id (default: the API key's id). */
                        user_id?: null | string;
                        /** @description Where a job's webhooks go. */
                        webhook?: {
                            /** @description An absolute http(s) URL. */
                            url: string;
                            /** @description Sent as 'Authorization: Bearer &lt;token&gt;'. */
                            token?: null | string;
                            /** @description Your id for the job: the webhooks' process.id. */
                            jobId?: null | string;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretarySuccessOfSecretaryCreated"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Payload Too Large */
                413: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Unsupported Media Type */
                415: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Bad Gateway */
                502: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Gateway Timeout */
                504: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/secretary/api/jobs/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed 003: create a named batch of document jobs */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 to 1000 job requests, all validated before any is stored. */
                        jobs: {
                            /** @description pdf, session or transformer. */
                            job_type: string;
                            parameters?: Record<string, unknown>;
                            /** @description Shown as the job's user_id (default: the API key's id). */
                            user_id?: null | string;
                            /** @description Where a job's webhooks go. */
                            webhook?: {
                                /** @description An absolute http(s) URL. */
                                url: string;
                                /** @description Sent as 'Authorization: Bearer &lt;token&gt;'. */
                                token?: null | string;
                                /** @description Your id for the job: the webhooks' process.id. */
                                jobId?: null | string;
                            };
                        }[];
                        /** @description The batch's name; default "batch". */
                        batch_name?: null | string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretarySuccessOfSecretaryBatchCreated"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Payload Too Large */
                413: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Unsupported Media Type */
                415: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Bad Gateway */
                502: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Gateway Timeout */
                504: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/secretary/api/jobs/batch/{batch_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 003: a batch's status, counts and jobs */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    batch_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretarySuccessOfSecretaryBatch"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/secretary/api/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 003: a job's status, progress, results and logs */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    job_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretarySuccessOfSecretaryJob"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/secretary/api/jobs/{job_id}/download-archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 003: a ZIP of the job's results and files */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    job_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": Blob;
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/secretary/api/jobs/{job_id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Secretary: SSE of the job's state changes until it ends (its offline-client stream) */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    job_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/secretary/api/pdf/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Secretary: upload a PDF (multipart 'file', or 'url' to fetch it) and process it as a pdf job; 'wait_ms' waits for the result */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
                        url: null | string;
                        extraction_method: null | string;
                        template: null | string;
                        useCache: null | string;
                        force_refresh: null | string;
                        wait_ms: null | string;
                        callback_url: null | string;
                        callback_token: null | string;
                        jobId: null | string;
                        language: null | string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryPdfFinished"];
                    };
                };
                /** @description Accepted */
                202: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryPdfAccepted"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Payload Too Large */
                413: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Unsupported Media Type */
                415: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Bad Gateway */
                502: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Gateway Timeout */
                504: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Insufficient Storage */
                507: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/secretary/api/pdf/process-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Secretary: fetch the PDF at the form's 'url' and process it as a pdf job; 'wait_ms' waits for the result */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        url: string;
                        extraction_method: null | string;
                        template: null | string;
                        useCache: null | string;
                        force_refresh: null | string;
                        wait_ms: null | string;
                        callback_url: null | string;
                        callback_token: null | string;
                        jobId: null | string;
                        language: null | string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryPdfFinished"];
                    };
                };
                /** @description Accepted */
                202: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryPdfAccepted"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Payload Too Large */
                413: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Unsupported Media Type */
                415: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Bad Gateway */
                502: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Gateway Timeout */
                504: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
                /** @description Insufficient Storage */
                507: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SecretaryError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 002: every job in queue order, with stats */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayJobList"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        put?: never;
        /**
         * As the real server: answers 202 at once and finds the files in the background (our discovery job), and
         *     unpauses the queue (admin callers; with keys a plain key cannot resume everyone's queue).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Files or folders under a configured media root (folders are walked for video files). */
                        paths: string[];
                        /** @description compress-hevc, compress-av1, smartshrink-hevc, smartshrink-av1, 1080p or 720p. */
                        preset_id: string;
                        /** @description acceptable, good or excellent; required for the SmartShrink presets. */
                        smartshrink_quality?: null | string;
                        /** @description Keep the source as name.original.ext (default false). */
                        keep_original?: null | boolean;
                    };
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayMessage"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Payload Too Large */
                413: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Unsupported Media Type */
                415: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/jobs/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * `init` (jobs and stats) at once, then our event log as seed 002's typed events (ShrinkRayEventTranslator),
         *     each a plain `message` event (a `data:` line only) so an `EventSource.onmessage` client sees them all.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/jobs/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed 002: remove non-running jobs (optionally of one status) */
        post: {
            parameters: {
                query?: {
                    /** @description Only jobs with this status word; default every non-running status. Another word is a 400. */
                    status?: "pending" | "complete" | "failed" | "skipped" | "cancelled";
                };
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayCleared"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 002: one job */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayJob"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * As the real server: a finished job is removed (`{"removed": true}`); a pending or running one is cancelled,
         *     answered once it has stopped. A job that ends on its own between our read and the cancel is the 409 race the
         *     real queue reports too.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayStatusWord"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Same id, queued again; 400 unless failed, or when the source is gone. */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayJob"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/queue/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed 002: pause the queue (running jobs are requeued) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayPaused"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/queue/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed 002: resume the queue */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayPaused"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 002: queue statistics */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayStats"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/stats/reset-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed 002: reset the session saved counter */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayStatusWord"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/browse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shrinkray: a directory's folders (with video counts) and video files (with probe info) */
        get: {
            parameters: {
                query?: {
                    /** @description A directory under a media root; empty: the first media root. */
                    path?: string;
                };
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayBrowse"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/browse/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shrinkray: SSE of file_update events for the files of one directory */
        get: {
            parameters: {
                query?: {
                    /** @description A directory under a media root; empty: the first media root. */
                    path?: string;
                };
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/browse/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shrinkray: forget the cached probes under a directory */
        post: {
            parameters: {
                query?: {
                    /** @description A directory under a media root; empty: the first media root. */
                    path?: string;
                    /** @description Accepted for the real client; probes are always forgotten recursively. */
                    recursive?: string;
                };
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayStatusWord"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/cache/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shrinkray: clear the file metadata (probe) cache (admin key) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayStatusWord"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shrinkray: the transcode presets, each with the encoder it uses */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayPreset"][];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/encoders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shrinkray: the encoders this server really has, the best HEVC one, VMAF support */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayEncoders"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shrinkray: the settings MediaJobs has, in Shrinkray's names */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRaySettings"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        /** Shrinkray: change workers, default CRFs, Pushover keys, notify_on_complete, original_handling on every node, by the start-up rules (admin key) */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayStatusWord"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Payload Too Large */
                413: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Unsupported Media Type */
                415: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compat/shrinkray/api/pushover/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shrinkray: send a test notification through the configured Pushover service (admin key) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayStatusWord"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
                /** @description Forbidden */
                403: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShrinkRayError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seed 004: start a video from text */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The text to narrate; missing or blank is a 400 "No text provided in request body". */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoGenerateResponse"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
                /** @description Payload Too Large */
                413: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
                /** @description Unsupported Media Type */
                415: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/status/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 004: staged progress, message and logs */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoStatus"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/download/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 004: the finished MP4 */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A byte range (e.g. bytes=0-1023): the answer is 206 Partial Content. */
                    Range?: string;
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "video/mp4": Blob;
                    };
                };
                /** @description Partial Content */
                206: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "video/mp4": Blob;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
                /** @description Internal Server Error */
                500: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seed 004: every video job by id */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                    "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoJobList"];
                    };
                };
                /** @description Unauthorized */
                401: {
                    headers: {
                        "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TextToVideoError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format); an admin key on a keyed server */
        get: operations["Metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Model Context Protocol (Streamable HTTP, stateless): tools to submit, follow and read jobs
         * @description For MCP clients (AI agents), not for hand-written requests; see docs/api.md, MCP.
         */
        post: operations["Mcp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 200 while the process runs */
        get: operations["Liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 200 when every readiness check passes, with a JSON body of the checks */
        get: operations["Readiness"];
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
        /** @description A published file. `Path` is absolute; download it from `/api/jobs/{id}/output?name=`. */
        ArtifactResponse: {
            name: string;
            path: string;
            /** Format: int64 */
            sizeBytes: number;
            mediaType: string;
            step: string;
        };
        /** @description How many jobs of a batch are in each status. */
        BatchCountsResponse: {
            /** Format: int32 */
            queued: number;
            /** Format: int32 */
            running: number;
            /** Format: int32 */
            succeeded: number;
            /** Format: int32 */
            failed: number;
            /** Format: int32 */
            cancelled: number;
            /** Format: int32 */
            skipped: number;
        };
        /** @description A page of the caller's batches, newest first; a batch whose jobs were all deleted is not listed. */
        BatchListResponse: {
            items: components["schemas"]["BatchSummaryResponse"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            offset: number;
            /** Format: int32 */
            limit: number;
        };
        /**
         * @description A batch and its jobs. `status`: Queued (nothing started), Running (some not final),
         *     then when all are final: Succeeded (all Succeeded or Skipped), Failed (all Failed),
         *     Cancelled (all Cancelled), otherwise Mixed. `completedCount` counts Succeeded and Skipped.
         */
        BatchResponse: {
            batchId: string;
            name: string;
            /** Format: date-time */
            createdUtc: string;
            status: string;
            /** Format: int32 */
            jobCount: number;
            /** Format: int32 */
            completedCount: number;
            /** Format: int32 */
            failedCount: number;
            /** Format: int32 */
            cancelledCount: number;
            jobs: components["schemas"]["JobResponse"][];
        };
        /**
         * @description A batch in the list: its aggregate `status` (the rules of BatchResponse), how many of its jobs
         *     are in each status, and `progressPct`, the mean of its jobs' progress where a finished job counts as 100.
         */
        BatchSummaryResponse: {
            batchId: string;
            name: string;
            /** Format: date-time */
            createdUtc: string;
            status: string;
            /** Format: int32 */
            jobCount: number;
            /** Format: double */
            progressPct: number;
            counts: components["schemas"]["BatchCountsResponse"];
        };
        /** @description A directory (sizes and video null) or a video file (`video` null when ffprobe cannot read it). */
        BrowseEntryResponse: {
            name: string;
            path: string;
            isDirectory: boolean;
            /** Format: int64 */
            sizeBytes: null | number;
            modifiedUtc: null | string;
            video: null | components["schemas"]["BrowseVideoResponse"];
        };
        /** @description A directory under a media root (`path` null: the roots themselves); `parent` null at a root. */
        BrowseResponse: {
            path: null | string;
            parent: null | string;
            entries: components["schemas"]["BrowseEntryResponse"][];
        };
        /** @description The primary video stream as ffprobe sees it (from the probe cache). */
        BrowseVideoResponse: {
            codec: null | string;
            /** Format: int32 */
            width: null | number;
            /** Format: int32 */
            height: null | number;
            /** Format: double */
            durationSec: null | number;
        };
        /** @description A batch cancel: queued jobs are `cancelled` at once; running ones have their cancel `requested`. */
        CancelBatchResponse: {
            batchId: string;
            /** Format: int32 */
            cancelled: number;
            /** Format: int32 */
            requested: number;
            correlationId: string;
        };
        /** @description Seed 000's 202 answer to a cancel. */
        CancelJobResponse: {
            jobId: string;
            message: string;
            currentStatus: string;
            correlationId: string;
        };
        ClearJobsResponse: {
            /** Format: int32 */
            removed: number;
            jobIds: string[];
        };
        /** @description A declared counter's totals: since the last session reset, and ever. */
        CounterTotalsResponse: {
            /** Format: int64 */
            session: number;
            /** Format: int64 */
            lifetime: number;
        };
        /** @description Events after the requested id; pass `lastEventId` as `?after=` to continue. */
        EventPageResponse: {
            events: components["schemas"]["EventResponse"][];
            /** Format: int64 */
            lastEventId: number;
        };
        /** @description One entry of the event log. */
        EventResponse: {
            /** Format: int64 */
            id: number;
            jobId: string;
            type: string;
            level: string;
            message: string;
            payload: components["schemas"]["JsonObject"];
            /** Format: date-time */
            timestampUtc: string;
        };
        FinishedMinuteResponse: {
            /**
             * Format: date-time
             * @description The minute's first instant (UTC).
             */
            minute: string;
            /**
             * Format: int32
             * @description Jobs that succeeded within it.
             */
            succeeded: number;
            /**
             * Format: int32
             * @description Jobs that failed within it.
             */
            failed: number;
        };
        /** @description The caller's finishes per UTC minute, oldest first, the current minute last; every minute is present (zero where none). */
        FinishedPerMinuteResponse: {
            minutes: components["schemas"]["FinishedMinuteResponse"][];
        };
        /** @description A user-facing error or warning: what happened and what to do about it. */
        JobError: {
            code: string;
            message: string;
            remediation?: null | string;
        };
        /**
         * @description A page of jobs (newest first) with the queue's stats. `jobs` repeats `items`: Aura's real job store
         *     (Aura.Web state/jobs.ts `listJobs()`) reads `data.jobs`. `nextCursor` is where the next page
         *     starts (`?cursor=`), null on the last page; `totalCapped` says the count of a batch or text filter
         *     stopped at its cap, so `total` is a floor.
         */
        JobListResponse: {
            items: components["schemas"]["JobResponse"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            offset: number;
            /** Format: int32 */
            limit: number;
            stats: components["schemas"]["StatsResponse"];
            paused: boolean;
            nextCursor: null | string;
            totalCapped: boolean;
            jobs?: null | components["schemas"]["JobResponse"][];
        };
        /** @description Seed 000's job shape, extended (type onwards). */
        JobResponse: {
            jobId: string;
            status: string;
            /** Format: date-time */
            createdUtc: string;
            /** Format: date-time */
            startedUtc?: null | string;
            /** Format: date-time */
            endedUtc?: null | string;
            correlationId: string;
            steps: components["schemas"]["StepResponse"][];
            output?: null | components["schemas"]["OutputResponse"];
            warnings: components["schemas"]["JobError"][];
            errors: components["schemas"]["JobError"][];
            type: string;
            preset: string;
            /** Format: double */
            progressPct?: number;
            message?: null | string;
            batchId?: null | string;
            /** Format: int32 */
            priority?: number;
            /** Format: int32 */
            attempt?: number;
            /** Format: int32 */
            maxAttempts?: number;
            cancelRequested?: boolean;
            inputs: components["schemas"]["JsonObject"];
            options: components["schemas"]["JsonObject"];
            results: components["schemas"]["JsonObject"];
            /** @description Every file any step published, with absolute paths. */
            artifacts: components["schemas"]["ArtifactResponse"][];
            /** @description The id of the API key that submitted the job (null without keys). */
            owner?: null | string;
            webhook?: null | components["schemas"]["WebhookTargetResponse"];
            /** @description string JobResponse.JobId again: the seed project's own job model (Aura's `Job`) names it `id`. */
            id?: null | string;
            /** @description The stage its pipeline declares for the step running now (or that failed); `Complete` once succeeded. */
            stage?: null | string;
            /**
             * Format: int32
             * @description double JobResponse.ProgressPct rounded to a whole number (Aura's `percent`).
             */
            percent?: number;
            /**
             * @description The status in the words of Aura's job model (`Queued`, `Running`, `Done`, `Failed`, `Skipped`,
             *     `Canceled`); string JobResponse.Status keeps the seed's words (`Succeeded`, `Cancelled`).
             */
            state: string;
        };
        JsonObject: Record<string, unknown>;
        /** @description Answer of the two cancel routes. */
        MoneyPrinterCancelResponse: {
            /** @description Always "success". */
            status: string;
            /** @description Always "Cancellation requested.". */
            message: string;
            /** @description POST /api/cancel only: the job it cancelled. */
            jobId?: null | string;
        };
        /** @description Seed 001's error body. */
        MoneyPrinterError: {
            /** @description Always "error". */
            status: string;
            /** @description What went wrong, e.g. "Job not found.". */
            message: string;
        };
        /** @description One entry of the job's event log in seed 001's words. */
        MoneyPrinterEvent: {
            /**
             * Format: int64
             * @description The event id (store-wide, increasing): pass it as ?after= to poll for newer ones.
             */
            id: number;
            /** @description "progress" for step progress, else "log". */
            type: string;
            /** @description info, success, warning or error. */
            level: string;
            /** @description What happened. */
            message: string;
            /** @description The event's data; our event name is in payload.event. */
            payload: components["schemas"]["JsonObject"];
            /**
             * Format: double
             * @description Unix seconds with milliseconds.
             */
            timestamp: number;
        };
        /** @description Answer of `GET /api/jobs/{id}/events`: up to 1000 events, oldest first. */
        MoneyPrinterEventsResponse: {
            /** @description Always "success". */
            status: string;
            /** @description The events after the given id. */
            events: components["schemas"]["MoneyPrinterEvent"][];
        };
        /** @description Answer of `POST /api/generate`. */
        MoneyPrinterGenerateResponse: {
            /** @description Always "success". */
            status: string;
            /** @description "Video generation queued.", as the real backend says. */
            message: string;
            /** @description The new video job's id. */
            jobId: string;
        };
        /** @description A video job in seed 001's words; times are ISO 8601 UTC with milliseconds. */
        MoneyPrinterJob: {
            /** @description The job id. */
            id: string;
            /** @description queued, running, completed (also skipped), failed or cancelled. */
            state: string;
            /** @description Whether cancellation was asked for (true once cancelled). */
            cancelRequested: boolean;
            /** @description The MP4's absolute path once completed, else null. */
            resultPath: null | string;
            /** @description Why it failed, else null. */
            errorMessage: null | string;
            /** @description When it was created. */
            createdAt: string;
            /** @description When it started, null while queued. */
            startedAt: null | string;
            /** @description When it ended, null until then. */
            completedAt: null | string;
        };
        /** @description Answer of `GET /api/jobs/{id}`. */
        MoneyPrinterJobResponse: {
            /** @description Always "success". */
            status: string;
            /** @description The job. */
            job: components["schemas"]["MoneyPrinterJob"];
        };
        /** @description The real backend's plain answer: `{status: "success", message}`. */
        MoneyPrinterMessage: {
            status: string;
            message: string;
        };
        /** @description Answer of `GET /api/models`, as the real backend's: the models and the default one. */
        MoneyPrinterModels: {
            status: string;
            models: string[];
            default: string;
        };
        NodeListResponse: {
            nodes: components["schemas"]["NodeResponse"][];
        };
        NodeResponse: {
            name: string;
            host: string;
            /** Format: int32 */
            processId: number;
            version: string;
            workerId: string;
            /** Format: date-time */
            startedUtc: string;
            /** Format: date-time */
            heartbeatUtc: string;
            /** @description Its last heartbeat is younger than a lease: it runs jobs; otherwise its jobs are rescued by others. */
            live: boolean;
            jobTypes: {
                [key: string]: number;
            };
            capabilities: string[];
            /**
             * Format: int32
             * @description Jobs whose lease a process of this node holds now (Running in the store).
             */
            runningJobs: number;
        };
        /** @description The job's primary output (absolute path) and all its output artifacts; `videoPath` only for video. */
        OutputResponse: {
            videoPath?: null | string;
            path: string;
            /** Format: int64 */
            sizeBytes: number;
            mediaType: string;
            artifacts: components["schemas"]["ArtifactResponse"][];
        };
        ProblemDetails: {
            type?: null | string;
            title?: null | string;
            /** Format: int32 */
            status?: null | number;
            detail?: null | string;
            instance?: null | string;
            /** @description The request's correlation id (also the X-Correlation-ID header). */
            correlationId: string;
            /** @description The W3C trace id of the request, for the server's logs. */
            traceId: string;
            /** @description The bad input, e.g. inputs.width, limit, jobs[1].type, Last-Event-ID. */
            field?: string;
        };
        /** @description What one retention pass deleted: the total and the count per final status. */
        PruneJobsResponse: {
            /** Format: int32 */
            deleted: number;
            byStatus: {
                [key: string]: number;
            };
        };
        /** @description `stopping`: after a pause, how many jobs on this node had not yet stopped when the answer was given (omitted when none). */
        QueuePausedResponse: {
            paused: boolean;
            /** Format: int32 */
            stopping?: number;
        };
        QueueStateResponse: {
            paused: boolean;
            /** Format: int32 */
            running: number;
            /** Format: int32 */
            queued: number;
            /** @description Job types this node holds back now, and why (e.g. the disk is nearly full); empty when none. */
            waiting: {
                [key: string]: string;
            };
        };
        /** @description A real retry: the same job queued again; `attempt` is the number the next run will have. */
        RetryJobResponse: {
            jobId: string;
            currentStatus: string;
            message: string;
            /** Format: int32 */
            attempt: number;
            correlationId: string;
        };
        /** @description The data of `GET /api/jobs/batch/{batch_id}`. */
        SecretaryBatch: {
            /** @description The batch id. */
            batch_id: string;
            /** @description Its name. */
            batch_name: string;
            /** @description pending, processing, completed (also when some failed) or failed. */
            status: string;
            /**
             * Format: int32
             * @description Jobs in it.
             */
            job_count: number;
            /**
             * Format: int32
             * @description Jobs whose status is completed.
             */
            completed_count: number;
            /**
             * Format: int32
             * @description Jobs whose status is failed.
             */
            failed_count: number;
            /** @description Its jobs, in id order. */
            jobs: components["schemas"]["SecretaryBatchJob"][];
        };
        /** @description The data of `POST /api/jobs/batch`. */
        SecretaryBatchCreated: {
            /** @description The new batch's id. */
            batch_id: string;
            /** @description The new batch. */
            batch: components["schemas"]["SecretaryNewBatch"];
        };
        /** @description A job in a batch's answer. */
        SecretaryBatchJob: {
            /** @description The job id. */
            job_id: string;
            /** @description pdf, session or transformer. */
            job_type: string;
            /** @description pending, processing, completed or failed. */
            status: string;
        };
        /** @description The data of `POST /api/jobs/`. */
        SecretaryCreated: {
            /** @description The new job's id. */
            job_id: string;
            /** @description The new job. */
            job: components["schemas"]["SecretaryJob"];
        };
        /** @description This surface's error body. */
        SecretaryError: {
            /** @description Always "error". */
            status: string;
            /** @description Code, message and details. */
            error: components["schemas"]["SecretaryErrorInfo"];
        };
        /** @description Which field was wrong. */
        SecretaryErrorDetails: {
            /** @description e.g. parameters.filename, jobs[1].job_type, webhook.url. */
            field: string;
        };
        /** @description What went wrong. */
        SecretaryErrorInfo: {
            /** @description INVALID_REQUEST, NOT_FOUND, ARCHIVE_NOT_AVAILABLE, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE or UNAUTHORIZED. */
            code: string;
            /** @description In words. */
            message: string;
            details: null | components["schemas"]["SecretaryErrorDetails"];
        };
        /** @description A document job in seed 003's words; times are ISO 8601 UTC with milliseconds. */
        SecretaryJob: {
            /** @description The job id. */
            job_id: string;
            /** @description pdf, session or transformer. */
            job_type: string;
            /** @description pending, processing, completed (also skipped) or failed (also cancelled). */
            status: string;
            /** @description When it was created. */
            created_at: string;
            /** @description The latest of created, started, ended and step times. */
            updated_at: string;
            /** @description When it started; null until then. */
            started_at: null | string;
            /** @description When it ended; null until then. */
            completed_at: null | string;
            /** @description The request's user_id, else the API key's id, else null. */
            user_id: null | string;
            /** @description Its batch, or null. */
            batch_id: null | string;
            /** @description The job's inputs (webhook removed). */
            parameters: components["schemas"]["JsonObject"];
            /** @description Step, percent and message. */
            progress: components["schemas"]["SecretaryProgress"];
            results: null | components["schemas"]["JsonObject"];
            error: null | components["schemas"]["SecretaryJobError"];
            /** @description GET /api/jobs/{job_id} only: the job's events without step-progress ticks. */
            logs?: null | components["schemas"]["SecretaryLogLine"][];
        };
        /** @description Why a job failed. */
        SecretaryJobError: {
            /** @description e.g. MissingApiKey:MISTRAL_API_KEY, Cancelled. */
            code: string;
            /** @description What went wrong. */
            message: string;
            /** @description What to do about it, or null. */
            remediation: null | string;
        };
        /** @description A job named by its id, as the stream and the PDF answers carry it: `{"id": "…"}`. */
        SecretaryJobId: {
            /** @description The client's job id (its `jobId`), else ours. */
            id: string;
        };
        /** @description One line of a job's log. */
        SecretaryLogLine: {
            /** @description ISO 8601 UTC with milliseconds. */
            timestamp: string;
            /** @description info, warning or error. */
            level: string;
            /** @description What happened. */
            message: string;
        };
        /** @description A batch as created. */
        SecretaryNewBatch: {
            /** @description The batch id. */
            batch_id: string;
            /** @description Its name. */
            batch_name: string;
            /** @description Always "pending". */
            status: string;
            /**
             * Format: int32
             * @description Jobs in it.
             */
            job_count: number;
            /** @description Its jobs. */
            jobs: components["schemas"]["SecretaryJob"][];
        };
        /** @description The 202 of `POST /api/pdf/process` while the job runs (or when a webhook will report it). */
        SecretaryPdfAccepted: {
            /** @description Always accepted. */
            status: string;
            /** @description Always secretary. */
            worker: string;
            /** @description The run: id, main_processor, started, is_from_cache. */
            process: components["schemas"]["SecretaryProcess"];
            /** @description The client's job id. */
            job: components["schemas"]["SecretaryJobId"];
            webhook: null | components["schemas"]["SecretaryPdfWebhook"];
            error: null | components["schemas"]["SecretaryJobError"];
        };
        /** @description The 200 of `POST /api/pdf/process` when `wait_ms` saw the job finish. */
        SecretaryPdfFinished: {
            /** @description Always success. */
            status: string;
            /** @description The run: id, main_processor, started, completed, is_from_cache. */
            process: components["schemas"]["SecretaryProcess"];
            /** @description The client's job id. */
            job: components["schemas"]["SecretaryJobId"];
            /** @description The results: structured_data (extracted_text, metadata) or the whole result object. */
            data: components["schemas"]["JsonObject"];
        };
        /** @description Where a PDF job's result goes. */
        SecretaryPdfWebhook: {
            /** @description The callback URL. */
            delivered_to: string;
        };
        /** @description The processing run of a job, as the real server's stream and PDF answers describe it. */
        SecretaryProcess: {
            /** @description Our job id. */
            id: string;
            /** @description pdf, session or transformer. */
            main_processor: string;
            /** @description When it started (PDF answers only). */
            started?: null | string;
            /** @description When it ended (the finished PDF answer only). */
            completed?: null | string;
            /** @description Whether the result came from the cache (PDF answers only). */
            is_from_cache?: null | boolean;
        };
        /** @description A job's progress. */
        SecretaryProgress: {
            /** @description pending, the running step's name (extract, template...), completed, failed or cancelled. */
            step: string;
            /**
             * Format: int32
             * @description The job's overall progress, 0 to 100.
             */
            percent: number;
            /** @description What it is doing. */
            message: string;
        };
        /** @description Seed 003's success envelope. */
        SecretarySuccessOfSecretaryBatch: {
            /** @description Always "success". */
            status: string;
            /** @description The answer. */
            data: components["schemas"]["SecretaryBatch"];
        };
        /** @description Seed 003's success envelope. */
        SecretarySuccessOfSecretaryBatchCreated: {
            /** @description Always "success". */
            status: string;
            /** @description The answer. */
            data: components["schemas"]["SecretaryBatchCreated"];
        };
        /** @description Seed 003's success envelope. */
        SecretarySuccessOfSecretaryCreated: {
            /** @description Always "success". */
            status: string;
            /** @description The answer. */
            data: components["schemas"]["SecretaryCreated"];
        };
        /** @description Seed 003's success envelope. */
        SecretarySuccessOfSecretaryJob: {
            /** @description Always "success". */
            status: string;
            /** @description The answer. */
            data: components["schemas"]["SecretaryJob"];
        };
        /**
         * @description The runtime settings: every key that may change while the server runs with the value this node applies (a
         *     dictionary setting lists each entry), and the stored version they come from (also the response's `ETag`).
         */
        SettingsResponse: {
            /**
             * Format: int64
             * @description Raised by one at every stored change; send it back as `If-Match: "&lt;version&gt;"`.
             */
            version: number;
            /** @description Configuration key (colon-separated, as in `appsettings.json`) → value as configuration writes it. */
            settings: {
                [key: string]: string;
            };
        };
        /** @description Answer of `GET /api/browse`: a directory's folders (with video counts), then its probed video files. */
        ShrinkRayBrowse: {
            /** @description The directory listed. */
            path: null | string;
            /** @description Its parent, when that is still under a media root. */
            parent?: null | string;
            /** @description Folders and video files. */
            entries: components["schemas"]["ShrinkRayBrowseEntry"][];
            /**
             * Format: int64
             * @description Video files here and below.
             */
            video_count: number;
            /**
             * Format: int64
             * @description Their bytes.
             */
            total_size: number;
            /** @description Always "ready" (counted at once). */
            counts_state: string;
        };
        /** @description A folder or video file in a listing. */
        ShrinkRayBrowseEntry: {
            /** @description Its name. */
            name: string;
            /** @description Its full path. */
            path: string;
            /** @description Whether it is a folder. */
            is_dir: boolean;
            /**
             * Format: int64
             * @description A file's bytes (0 for a folder).
             */
            size: number;
            /** @description Last change, RFC 3339 UTC. */
            mod_time: null | string;
            video_info?: null | components["schemas"]["ShrinkRayVideoInfo"];
            /**
             * Format: int64
             * @description A folder's video files (recursive), else 0.
             */
            file_count: number;
            /**
             * Format: int64
             * @description A folder's video bytes (recursive), else 0.
             */
            total_size: number;
            /** @description A folder's: "ready". */
            counts_state?: null | string;
        };
        /** @description Answer of `POST /api/jobs/clear`. */
        ShrinkRayCleared: {
            /**
             * Format: int32
             * @description Transcode jobs removed.
             */
            cleared: number;
            /** @description "Cleared N jobs". */
            message: string;
        };
        /** @description One encoder. */
        ShrinkRayEncoder: {
            /** @description nvenc, qsv, vaapi, videotoolbox or none. */
            accel: string;
            /** @description hevc or av1. */
            codec: string;
            /** @description Its label, e.g. "Software". */
            name: string;
            /** @description CPU or hardware encoding, and the codec. */
            description: string;
            /** @description FFmpeg's encoder name, e.g. libx265. */
            encoder: string;
            /** @description Always true (only available ones are listed). */
            available: boolean;
        };
        /** @description Answer of `GET /api/encoders`: the encoders this server really has. */
        ShrinkRayEncoders: {
            /** @description The chosen (possibly hardware) one per codec, and the software ones FFmpeg offers. */
            encoders: components["schemas"]["ShrinkRayEncoder"][];
            /** @description The HEVC encoder jobs use. */
            best: components["schemas"]["ShrinkRayEncoder"];
            /** @description Whether FFmpeg has libvmaf (SmartShrink then measures VMAF, else SSIM). */
            vmaf_available: boolean;
            /** @description The VMAF models, when available. */
            vmaf_models: string[];
        };
        /** @description Seed 002's error body. */
        ShrinkRayError: {
            /** @description What went wrong, e.g. "job not found". */
            error: string;
        };
        /** @description Seed 002's job object (values not known yet are 0, "" or false; times RFC 3339 UTC to the second). */
        ShrinkRayJob: {
            /** @description The job id. */
            id: string;
            /** @description The source file. */
            input_path: string;
            /** @description The final file (an .avi becomes .mkv). */
            output_path: string;
            /** @description The preset. */
            preset_id: string;
            /** @description libx265, libsvtav1 or a hardware encoder. */
            encoder: string;
            /** @description Whether the encoder is a hardware one. */
            is_hardware: boolean;
            /** @description pending, running, complete, failed, cancelled or skipped. */
            status: string;
            /**
             * Format: double
             * @description 0 to 100.
             */
            progress: number;
            /**
             * Format: double
             * @description Times real time: live while running, the encode's average after.
             */
            speed: number;
            /** @description hh:mm:ss while running, else "". */
            eta: string;
            /**
             * Format: int64
             * @description Source bytes.
             */
            input_size: number;
            /**
             * Format: int64
             * @description Replacement bytes.
             */
            output_size: number;
            /**
             * Format: int64
             * @description Bytes saved.
             */
            space_saved: number;
            /**
             * Format: int64
             * @description Source duration in milliseconds.
             */
            duration_ms: number;
            /**
             * Format: int64
             * @description Source bitrate in bits per second.
             */
            bitrate: number;
            /**
             * Format: int64
             * @description Source width.
             */
            width: number;
            /**
             * Format: int64
             * @description Source height.
             */
            height: number;
            /**
             * Format: double
             * @description Source frames per second.
             */
            frame_rate: number;
            /** @description Source video codec. */
            video_codec: string;
            /** @description Source codec profile. */
            profile: string;
            /**
             * Format: int64
             * @description Source bit depth.
             */
            bit_depth: number;
            /** @description Whether the source is HDR. */
            is_hdr: boolean;
            /**
             * Format: double
             * @description Encode time in seconds.
             */
            transcode_secs: number;
            /** @description When it was added. */
            created_at: string;
            /** @description When it started; null while pending. */
            started_at: null | string;
            /** @description When it ended; null until then. */
            completed_at: null | string;
            /** @description Failed or skipped jobs only: the error or the skip reason. */
            error?: null | string;
            /** @description SmartShrink presets while running: analyzing (the quality search), then encoding; absent otherwise (as the real server's omitempty). */
            phase?: null | string;
            /**
             * Format: double
             * @description The VMAF score SmartShrink's chosen CRF reached; absent until then, and when FFmpeg lacks libvmaf (the search then measures SSIM, which is no VMAF score).
             */
            vmaf_score?: null | number;
            /**
             * Format: int32
             * @description The CRF SmartShrink's search chose; absent until then.
             */
            selected_crf?: null | number;
            /** @description SmartShrink's quality tier: acceptable, good or excellent. */
            smartshrink_quality?: null | string;
        };
        /** @description Answer of `GET /api/jobs`. */
        ShrinkRayJobList: {
            /** @description The caller's transcode jobs, oldest first (queue order). */
            jobs: components["schemas"]["ShrinkRayJob"][];
            /** @description Counts and bytes saved. */
            stats: components["schemas"]["ShrinkRayStats"];
        };
        /** @description Answer of `POST /api/jobs` (202). */
        ShrinkRayMessage: {
            /** @description Always "processing". */
            status: string;
            /** @description "Processing N paths in background...". */
            message: string;
        };
        /** @description Answer of `POST /api/queue/pause` (with requeued) and `/resume` (without). */
        ShrinkRayPaused: {
            /** @description Whether the queue is paused now. */
            paused: boolean;
            /**
             * Format: int32
             * @description Pause only: running transcode jobs sent back to the queue.
             */
            requeued?: null | number;
            /**
             * Format: int32
             * @description Pause only, while runs are still stopping: how many.
             */
            stopping?: null | number;
        };
        /** @description One preset of `GET /api/presets`, with the encoder it will really use. */
        ShrinkRayPreset: {
            /** @description The preset_id to create jobs with. */
            id: string;
            /** @description Its name, with [HW] or [SW]. */
            name: string;
            /** @description What it does. */
            description: string;
            /** @description The hardware acceleration used (nvenc, qsv, vaapi, videotoolbox) or none. */
            encoder: string;
            /** @description hevc or av1. */
            codec: string;
            /**
             * Format: int32
             * @description The height it scales down to, or 0.
             */
            max_height: number;
            /** @description Whether it searches for the quality (needs smartshrink_quality). */
            is_smart_shrink: boolean;
        };
        /** @description Answer of `GET /api/config`: the settings MediaJobs has, in Shrinkray's names (see ShrinkRayConfig). */
        ShrinkRaySettings: {
            /** @description The server's version. */
            version: string;
            /** @description The first media root. */
            media_path: string;
            /** @description replace, or keep (new jobs keep the original beside the new file). */
            original_handling: string;
            /**
             * Format: int32
             * @description Transcode jobs run at once.
             */
            workers: number;
            /** @description Always false (work files live in the data directory). */
            has_temp_path: boolean;
            /** @description Admin keys only, else "". */
            pushover_user_key: string;
            /** @description Admin keys only, else "". */
            pushover_app_token: string;
            /** @description Whether Pushover notifications are set up. */
            pushover_configured: boolean;
            /** @description Whether a notification is sent when the queue drains. */
            notify_on_complete: boolean;
            /**
             * Format: int32
             * @description The HEVC CRF, or 0 for the default.
             */
            quality_hevc: number;
            /**
             * Format: int32
             * @description The AV1 CRF, or 0 for the default.
             */
            quality_av1: number;
            /**
             * Format: int32
             * @description The configured HEVC CRF.
             */
            default_quality_hevc: number;
            /**
             * Format: int32
             * @description The configured AV1 CRF.
             */
            default_quality_av1: number;
            /** @description The HEVC encoder jobs use, by its acceleration: none (software), nvenc, qsv or vaapi. */
            hevc_encoder: string;
            /** @description The AV1 encoder jobs use, by its acceleration. */
            av1_encoder: string;
            /** @description Always false: MediaJobs has no time window (pause the queue instead). */
            schedule_enabled: boolean;
            /**
             * Format: int32
             * @description Shrinkray's default, 22 (no schedule in MediaJobs).
             */
            schedule_start_hour: number;
            /**
             * Format: int32
             * @description Shrinkray's default, 6 (no schedule in MediaJobs).
             */
            schedule_end_hour: number;
            /** @description Shrinkray's default, mkv: MediaJobs keeps an MP4/M4V/MOV source's container and writes MKV otherwise. */
            output_format: string;
            /** @description Always false: HDR is kept, with its metadata. */
            tonemap_hdr: boolean;
            /** @description Shrinkray's default, hable (never used: no tonemapping). */
            tonemap_algorithm: string;
            /**
             * Format: int32
             * @description SmartShrink analyses at once: each runs in its transcode job's slot, so the workers, within Shrinkray's 1–3.
             */
            max_concurrent_analyses: number;
            /** @description Shrinkray's default, info (MediaJobs logs through Logging:LogLevel). */
            log_level: string;
            /** @description Always false: a file already in the target codec is skipped. */
            allow_same_codec: boolean;
            /** @description Always false: a result not smaller than its source is discarded and the job skipped. */
            keep_larger_files: boolean;
        };
        /** @description Seed 002's stats: counts of the caller's transcode jobs per status word, and bytes saved. */
        ShrinkRayStats: {
            /**
             * Format: int32
             * @description Queued jobs.
             */
            pending: number;
            /**
             * Format: int32
             * @description Running jobs.
             */
            running: number;
            /**
             * Format: int32
             * @description Succeeded jobs.
             */
            complete: number;
            /**
             * Format: int32
             * @description Failed jobs.
             */
            failed: number;
            /**
             * Format: int32
             * @description Cancelled jobs.
             */
            cancelled: number;
            /**
             * Format: int32
             * @description Skipped jobs.
             */
            skipped: number;
            /**
             * Format: int32
             * @description All listed jobs.
             */
            total: number;
            /**
             * Format: int64
             * @description Bytes saved by the jobs still listed.
             */
            total_saved: number;
            /**
             * Format: int64
             * @description Bytes saved since the session counter was last reset (persisted).
             */
            session_saved: number;
            /**
             * Format: int64
             * @description Bytes saved ever (persisted).
             */
            lifetime_saved: number;
        };
        /** @description Answer of cancel (`{"status": "cancelled"}`), session reset, config update and cache clear. */
        ShrinkRayStatusWord: {
            /** @description What happened. */
            status: string;
            /** @description Cancel only: true while the job's tools are still stopping (absent once stopped). */
            stopping?: null | boolean;
        };
        /** @description Shrinkray's `video_info` (its ffmpeg.ProbeResult) from our probe: duration in nanoseconds, bitrate in bits/s. */
        ShrinkRayVideoInfo: {
            path: string;
            /** Format: int64 */
            size: number;
            /** Format: int64 */
            duration: number;
            format: string;
            video_codec: string;
            audio_codec: string;
            /** Format: int32 */
            width: number;
            /** Format: int32 */
            height: number;
            /** Format: int64 */
            bitrate: number;
            /** Format: double */
            frame_rate: number;
            is_hevc: boolean;
            is_av1: boolean;
            profile: string;
            pix_fmt: string;
            /** Format: int32 */
            bit_depth: number;
            color_transfer: string;
            color_primaries: string;
            color_space: string;
            is_hdr: boolean;
        };
        /**
         * @description Counts per status and the counters the job types declare (IReadOnlyList&lt;JobCounter&gt; IJobPipeline.Counters), by
         *     their keys, e.g. `counters.bytesSaved` (this session, and ever).
         */
        StatsResponse: {
            /** Format: int32 */
            queued: number;
            /** Format: int32 */
            running: number;
            /** Format: int32 */
            succeeded: number;
            /** Format: int32 */
            failed: number;
            /** Format: int32 */
            cancelled: number;
            /** Format: int32 */
            skipped: number;
            /** Format: int32 */
            total: number;
            counters: {
                [key: string]: components["schemas"]["CounterTotalsResponse"];
            };
        };
        /**
         * @description One step, as in seed 000 (`startedAt`/`completedAt` absent until they happen), with the
         *     `node` that ran it (null until it first starts).
         */
        StepResponse: {
            name: string;
            status: string;
            /** Format: double */
            progressPct: number;
            /** Format: int64 */
            durationMs: number;
            errors: components["schemas"]["JobError"][];
            /** Format: date-time */
            startedAt?: null | string;
            /** Format: date-time */
            completedAt?: null | string;
            node: null | string;
        };
        /** @description A stream token: pass it as `?access_token=` to the stream of `JobId` (null: the every-job stream) before `ExpiresUtc`. */
        StreamTokenResponse: {
            token: string;
            /** Format: date-time */
            expiresUtc: string;
            keyId: null | string;
            admin: boolean;
            jobId: null | string;
        };
        /** @description Body of `POST /api/jobs/batch` (documentation; read by hand). */
        SubmitBatchRequest: {
            /** @description 1 to 1000 job submissions, each validated before any is stored. */
            jobs: components["schemas"]["SubmitJobRequest"][];
            /** @description The batch's name; default "batch". */
            name?: null | string;
        };
        SubmitBatchResponse: {
            batchId: string;
            jobIds: string[];
        };
        /**
         * @description Body of `POST /api/jobs` (documentation; the body is read by hand so errors name the field).
         *     Every field is optional.
         */
        SubmitJobRequest: {
            /** @description Job type; defaults to `video`. */
            type?: null | string;
            /** @description One of the type's presets; defaults to its first. */
            preset?: null | string;
            inputs?: null | components["schemas"]["JsonObject"];
            options?: null | components["schemas"]["JsonObject"];
            /**
             * Format: int32
             * @description Higher runs first (-1000..1000, default 0).
             */
            priority?: null | number;
            /**
             * Format: int32
             * @description Automatic attempts for transient errors (1..100).
             */
            maxAttempts?: null | number;
            brief?: null | components["schemas"]["JsonObject"];
            planSpec?: null | components["schemas"]["JsonObject"];
            voiceSpec?: null | components["schemas"]["JsonObject"];
            renderSpec?: null | components["schemas"]["JsonObject"];
        };
        /** @description Seed 000's 202 answer to a submit; `stage` is the stage the job's pipeline declares for its first step (see JobStages). */
        SubmitJobResponse: {
            jobId: string;
            correlationId: string;
            status: string;
            stage: null | string;
        };
        /** @description Seed 004's error body. */
        TextToVideoError: {
            /** @description What went wrong, e.g. "Job not found". */
            error: string;
        };
        /** @description Answer of `POST /api/v1/generate` (202). */
        TextToVideoGenerateResponse: {
            /** @description The new video job's id. */
            job_id: string;
            /** @description Always "queued". */
            status: string;
            /** @description Always "Video generation started". */
            message: string;
        };
        /** @description Answer of `GET /api/v1/jobs`. */
        TextToVideoJobList: {
            /** @description The caller's video jobs (up to 500, newest first) by id. */
            jobs: {
                [key: string]: components["schemas"]["TextToVideoListedJob"];
            };
        };
        /** @description A job in `GET /api/v1/jobs`: the status fields, plus `output_file` once completed. */
        TextToVideoListedJob: {
            /** @description queued, processing, completed or failed. */
            status: string;
            /**
             * Format: int32
             * @description 0, 20, 40, 80, 90 or 100.
             */
            progress: number;
            /** @description The current stage's words. */
            message: string;
            /**
             * Format: int64
             * @description Unix seconds.
             */
            created_at: number;
            /** @description The MP4's absolute path; only present when the job succeeded. */
            output_file?: null | string;
            /** @description The messages of the job's events, step-progress ticks left out. */
            logs: string[];
        };
        /** @description Answer of `GET /api/v1/status/{id}`. */
        TextToVideoStatus: {
            /** @description queued, processing, completed (also skipped) or failed (also cancelled). */
            status: string;
            /**
             * Format: int32
             * @description The seed's stages: 0, 20, 40, 80, 90, 100; never goes back.
             */
            progress: number;
            /** @description The current stage's words. */
            message: string;
            /**
             * Format: int64
             * @description Unix seconds.
             */
            created_at: number;
            /** @description The messages of the job's events, step-progress ticks left out. */
            logs: string[];
        };
        /** @description A stored upload; `Path` is absolute, under `&lt;data&gt;/uploads/`, and usable as a job's input file. */
        UploadResponse: {
            id: string;
            fileName: string;
            /** Format: int64 */
            sizeBytes: number;
            mediaType: string;
            path: string;
        };
        WebhookDeliveriesResponse: {
            jobId: string;
            deliveries: components["schemas"]["WebhookDeliveryResponse"][];
        };
        /** @description One webhook delivery of a job: what was sent where, and how it went. The token is never shown. */
        WebhookDeliveryResponse: {
            id: string;
            /** Format: int64 */
            eventId: number;
            webhook: string;
            url: string;
            status: string;
            /** Format: int32 */
            attempts: number;
            /** Format: date-time */
            nextAttemptUtc: null | string;
            /** Format: int32 */
            lastStatusCode: null | number;
            lastError: null | string;
            /** Format: date-time */
            createdUtc: string;
            /** Format: date-time */
            completedUtc: null | string;
        };
        /** @description Where a job's webhooks go: the URL, the caller's own job id, whether a bearer token is sent. */
        WebhookTargetResponse: {
            url: string;
            jobId: null | string;
            hasToken: boolean;
        };
    };
    responses: never;
    parameters: {
        /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
        "X-Correlation-ID": string;
    };
    requestBodies: never;
    headers: {
        /** @description The request's correlation id: the one sent, or a generated one. */
        "X-Correlation-ID": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListJobs: {
        parameters: {
            query?: {
                /** @description Comma-separated job statuses, any case (Queued, Running, Succeeded, Failed, Cancelled, Skipped); an unknown one is a 400 naming 'status'. */
                status?: string;
                /** @description Only jobs of this type (e.g. transcode). */
                type?: string;
                /** @description Only the jobs of this batch. */
                batchId?: string;
                /** @description Only jobs whose id or batch id equals it, or one of whose input's text values contains it (a path, a topic; ASCII case ignored; texts under 3 characters match ids only); at most 200 characters. */
                q?: string;
                /** @description newest (default) or oldest first, by creation time. */
                order?: "newest" | "oldest";
                /** @description Where the page starts: the nextCursor of the previous page (opaque; costs the same at any depth, unlike offset). Not one this server made: a 400 naming 'cursor'. */
                cursor?: string;
                /** @description Jobs to skip (newest first); default 0. Out of range: a 400 naming 'offset'. */
                offset?: number;
                /** @description Page size, 1 to 500; default 50. Out of range: a 400 naming 'limit'. */
                limit?: number;
            };
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobListResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SubmitJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitJobRequest"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitJobResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SubmitBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitBatchRequest"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitBatchResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CancelBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelBatchResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListBatches: {
        parameters: {
            query?: {
                /** @description Batches to skip (newest first); default 0. Out of range: a 400 naming 'offset'. */
                offset?: number;
                /** @description Batches per page, 1 to 500; default 50. Out of range: a 400 naming 'limit'. */
                limit?: number;
            };
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchListResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetJobEvents: {
        parameters: {
            query?: {
                /** @description Only events with a larger id (ids are store-wide and increasing). Last-Event-ID wins when both are sent. Not a whole number ≥ 0: a 400 naming 'after'. */
                after?: number;
                /** @description JSON only: events per page, 1 to 1000; default 100. */
                limit?: number;
                /** @description A stream token from POST /api/stream-tokens, for what a browser loads by URL and cannot add a key header to (EventSource, <video>, a download link). Invalid, expired or its key no longer configured: a 401; made for another job or stream: a 403. */
                access_token?: string;
            };
            header?: {
                /** @description The id of the last event received (sent by EventSource on reconnect): resume after it. Must be a whole number ≥ 0, else a 400 naming 'Last-Event-ID'. */
                "Last-Event-ID"?: string;
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPageResponse"];
                    "text/event-stream": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StreamAllJobEvents: {
        parameters: {
            query?: {
                /** @description Only events with a larger id (ids are store-wide and increasing). Last-Event-ID wins when both are sent. Not a whole number ≥ 0: a 400 naming 'after'. */
                after?: number;
                /** @description A stream token from POST /api/stream-tokens, for what a browser loads by URL and cannot add a key header to (EventSource, <video>, a download link). Invalid, expired or its key no longer configured: a 401; made for another job or stream: a 403. */
                access_token?: string;
            };
            header?: {
                /** @description The id of the last event received (sent by EventSource on reconnect): resume after it. Must be a whole number ≥ 0, else a 400 naming 'Last-Event-ID'. */
                "Last-Event-ID"?: string;
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CancelJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelJobResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RetryJob: {
        parameters: {
            query?: {
                /**
                 * @deprecated
                 * @description Seed 000's retry strategy: accepted and ignored (a retry always resumes at the first step that did not succeed).
                 */
                strategy?: string;
            };
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetryJobResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ClearJobs: {
        parameters: {
            query?: {
                /** @description Comma-separated job statuses to delete (Queued, Running, Succeeded, Failed, Cancelled, Skipped); default every final status. Running is a 400: running jobs are never cleared. */
                status?: string;
                /** @description Comma-separated job types: only jobs of these types are deleted. */
                type?: string;
            };
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearJobsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PruneJobs: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PruneJobsResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetJobOutput: {
        parameters: {
            query?: {
                /** @description An artifact's recorded name (see the job's artifacts); without it, the primary output. Looked up, never used as a path. */
                name?: string;
                /** @description A stream token from POST /api/stream-tokens, for what a browser loads by URL and cannot add a key header to (EventSource, <video>, a download link). Invalid, expired or its key no longer configured: a 401; made for another job or stream: a 403. */
                access_token?: string;
            };
            header?: {
                /** @description A byte range (e.g. bytes=0-1023): the answer is 206 Partial Content. */
                Range?: string;
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "video/mp4": Blob;
                    "application/octet-stream": Blob;
                };
            };
            /** @description Partial Content */
            206: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "video/mp4": Blob;
                    "application/octet-stream": Blob;
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DownloadJobArchive: {
        parameters: {
            query?: {
                /** @description A stream token from POST /api/stream-tokens, for what a browser loads by URL and cannot add a key header to (EventSource, <video>, a download link). Invalid, expired or its key no longer configured: a 401; made for another job or stream: a 403. */
                access_token?: string;
            };
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": Blob;
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetJobWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveriesResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResendJobWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueStateResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PauseQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuePausedResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResumeQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuePausedResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetStats: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetFinishedPerMinute: {
        parameters: {
            query?: {
                /** @description Minutes to answer, the current one last, 1 to 1440; default 60. Out of range: a 400 naming 'minutes'. */
                minutes?: number;
            };
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinishedPerMinuteResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResetSessionStats: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateStreamToken: {
        parameters: {
            query?: {
                /** @description The job whose events and files the token opens (one of the caller's, else a 404); without it the token opens only GET /api/jobs/stream. */
                jobId?: string;
            };
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamTokenResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UploadFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Insufficient Storage */
            507: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Browse: {
        parameters: {
            query?: {
                /** @description An absolute directory under a media root; empty or absent lists the roots. Outside the roots (or '..' out of them) is a 400, a missing directory a 404. */
                path?: string;
            };
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowseResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListNodes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeListResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Metrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description mediajobs_* counters, gauges and histograms (see docs/api.md, Metrics). */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description No or a wrong API key. */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": Record<string, unknown>;
                };
            };
            /** @description The key is not an admin key. */
            403: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": Record<string, unknown>;
                };
            };
        };
    };
    Mcp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, unknown>;
            };
        };
        responses: {
            /** @description The JSON-RPC answer, as JSON or as an event stream carrying progress notifications first. */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                    "text/event-stream": string;
                };
            };
            /** @description A notification or response from the client was accepted. */
            202: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or a wrong API key. */
            401: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": Record<string, unknown>;
                };
            };
        };
    };
    Liveness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process answers: the text 'Healthy'. */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    Readiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (at most 128 printable ASCII characters); echoed on the response and stored on a job it creates. Invalid or absent: a new 32-hex id. */
                "X-Correlation-ID"?: components["parameters"]["X-Correlation-ID"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready (Healthy or Degraded). */
            200: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Healthy or Degraded. */
                        status?: string;
                        checks?: {
                            name?: string;
                            /** @description Healthy, Degraded or Unhealthy. */
                            status?: string;
                            description?: null | string;
                            durationMs?: number;
                        }[];
                    };
                };
            };
            /** @description Not ready: a problem with the failing checks. */
            503: {
                headers: {
                    "X-Correlation-ID": components["headers"]["X-Correlation-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        correlationId?: string;
                        traceId?: string;
                        checks?: {
                            name?: string;
                            /** @description Healthy, Degraded or Unhealthy. */
                            status?: string;
                            description?: null | string;
                            durationMs?: number;
                        }[];
                    };
                };
            };
        };
    };
}
