-- The platform's coordinator projection has no indexes of its own; partner coverage counts
-- the active coordinators of one prefecture by field, which this index narrows to.
CREATE INDEX "coordinator_projection_active_prefectures_idx" ON "coordinator_projection" USING gin ("prefecture_codes") WHERE certification_status = 'ACTIVE';
