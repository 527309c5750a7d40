-- CreateTable
CREATE TABLE "clinicians" (
    "id" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "license_states" TEXT[],
    "license_numbers" JSONB NOT NULL,
    "appointment_types" TEXT[],
    "languages" TEXT[],
    "years_experience" DOUBLE PRECISION NOT NULL,
    "specialties" TEXT[],
    "certifications" TEXT[],
    "treatment_modalities" TEXT[],
    "age_groups_served" TEXT[],
    "special_populations" TEXT[],
    "insurances_accepted" TEXT[],
    "immediate_availability" BOOLEAN NOT NULL,
    "accepting_new_patients" BOOLEAN NOT NULL,
    "current_patient_count" INTEGER NOT NULL,
    "max_patient_capacity" INTEGER,
    "availability_score" DOUBLE PRECISION NOT NULL,
    "next_available_slot" TIMESTAMPTZ(3),
    "typical_availability" JSONB NOT NULL,
    "performance" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "last_updated" TIMESTAMPTZ(3),
    "active_status" BOOLEAN NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "clinicians_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "registration_type" TEXT NOT NULL,
    "preferences" JSONB,
    "state" TEXT,
    "age_range" TEXT,
    "gender" TEXT,
    "therapy_experience" TEXT,
    "therapy_goals" TEXT[],
    "raw" JSONB,
    "content_hash" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3),
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "erased" BOOLEAN NOT NULL DEFAULT false,
    "erased_at" TIMESTAMPTZ(3),

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_contacts" (
    "user_id" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "city" TEXT,
    "zip_code" TEXT,
    "raw_location" JSONB,

    CONSTRAINT "user_contacts_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "interactions" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "clinician_id" TEXT NOT NULL,
    "session_id" TEXT,
    "action" TEXT NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL,
    "match_context" JSONB,
    "outcome" JSONB,
    "extra" JSONB,
    "content_hash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_runs" (
    "id" BIGSERIAL NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL,
    "directory" TEXT NOT NULL,
    "files" JSONB NOT NULL,
    "prune" BOOLEAN NOT NULL DEFAULT false,
    "counts" JSONB,
    "rejections" INTEGER NOT NULL DEFAULT 0,
    "changed" BOOLEAN NOT NULL DEFAULT false,
    "data_version" BIGINT,
    "error" TEXT,

    CONSTRAINT "import_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_versions" (
    "kind" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_versions_pkey" PRIMARY KEY ("kind")
);

-- CreateTable
CREATE TABLE "models" (
    "id" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "params" JSONB NOT NULL,
    "metrics" JSONB,
    "status" TEXT NOT NULL,

    CONSTRAINT "models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_clusters" (
    "model_id" TEXT NOT NULL,
    "cluster_id" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "centre" DOUBLE PRECISION[],
    "size" INTEGER NOT NULL,
    "favourites" JSONB NOT NULL,

    CONSTRAINT "model_clusters_pkey" PRIMARY KEY ("model_id","cluster_id")
);

-- CreateTable
CREATE TABLE "model_neighbours" (
    "model_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "neighbour_id" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "model_neighbours_pkey" PRIMARY KEY ("model_id","user_id","rank")
);

-- CreateTable
CREATE TABLE "match_logs" (
    "id" TEXT NOT NULL,
    "user_id" TEXT,
    "tier" TEXT NOT NULL,
    "strategy" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "data_version" BIGINT NOT NULL,
    "model_version" BIGINT,
    "served_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "results" JSONB NOT NULL,

    CONSTRAINT "match_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "access_logs" (
    "id" BIGSERIAL NOT NULL,
    "actor" TEXT NOT NULL,
    "subject_user_id" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "access_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "clinicians_license_states_idx" ON "clinicians" USING GIN ("license_states");

-- CreateIndex
CREATE INDEX "clinicians_appointment_types_idx" ON "clinicians" USING GIN ("appointment_types");

-- CreateIndex
CREATE INDEX "clinicians_specialties_idx" ON "clinicians" USING GIN ("specialties");

-- CreateIndex
CREATE INDEX "clinicians_languages_idx" ON "clinicians" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "clinicians_insurances_accepted_idx" ON "clinicians" USING GIN ("insurances_accepted");

-- CreateIndex
CREATE INDEX "clinicians_age_groups_served_idx" ON "clinicians" USING GIN ("age_groups_served");

-- CreateIndex
CREATE INDEX "clinicians_active_status_idx" ON "clinicians"("active_status");

-- CreateIndex
CREATE INDEX "users_state_idx" ON "users"("state");

-- CreateIndex
CREATE INDEX "interactions_user_id_timestamp_idx" ON "interactions"("user_id", "timestamp");

-- CreateIndex
CREATE INDEX "interactions_clinician_id_idx" ON "interactions"("clinician_id");

-- CreateIndex
CREATE INDEX "interactions_timestamp_idx" ON "interactions"("timestamp");

-- CreateIndex
CREATE INDEX "import_runs_started_at_idx" ON "import_runs"("started_at");

-- CreateIndex
CREATE UNIQUE INDEX "models_version_key" ON "models"("version");

-- CreateIndex
CREATE INDEX "models_status_version_idx" ON "models"("status", "version");

-- CreateIndex
CREATE INDEX "model_neighbours_model_id_neighbour_id_idx" ON "model_neighbours"("model_id", "neighbour_id");

-- CreateIndex
CREATE INDEX "match_logs_user_id_served_at_idx" ON "match_logs"("user_id", "served_at");

-- CreateIndex
CREATE INDEX "match_logs_served_at_idx" ON "match_logs"("served_at");

-- CreateIndex
CREATE INDEX "access_logs_subject_user_id_at_idx" ON "access_logs"("subject_user_id", "at");

-- AddForeignKey
ALTER TABLE "user_contacts" ADD CONSTRAINT "user_contacts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinicians"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_clusters" ADD CONSTRAINT "model_clusters_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_neighbours" ADD CONSTRAINT "model_neighbours_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_logs" ADD CONSTRAINT "match_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Seed the version counters the API watches, so readers never see a missing kind.
INSERT INTO "data_versions" ("kind", "version") VALUES ('data', 0), ('model', 0);
