-- AlterTable
ALTER TABLE "ForecastSeries" ADD COLUMN     "partnersCounted" INTEGER,
ADD COLUMN     "partnersSubmitted" INTEGER;
