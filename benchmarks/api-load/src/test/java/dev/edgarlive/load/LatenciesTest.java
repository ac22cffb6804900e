package dev.edgarlive.load;

import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOverUnsortedInput() {
        // 1..200 ms in reverse order: p50 is the 100th value, p99 the 198th.
        long[] nanos = LongStream.rangeClosed(1, 200).map(ms -> (201 - ms) * 1_000_000).toArray();
        Latencies latencies = Latencies.of(nanos);

        assertThat(latencies.percentileMillis(50)).isEqualTo(100.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(198.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(200.0);
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        Latencies one = Latencies.of(7_000_000);

        assertThat(one.percentileMillis(50)).isEqualTo(7.0);
        assertThat(one.percentileMillis(99)).isEqualTo(7.0);
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThatThrownBy(() -> Latencies.of().percentileNanos(50)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Latencies.of(1).percentileNanos(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void throughputIsCallsPerSecondOfWallTime() {
        SeriesResult series = new SeriesResult(Latencies.of(new long[50]), 0, null, 2_000_000_000L, 4);

        assertThat(series.throughput()).isEqualTo(25.0);
    }

    @Test
    void overheadIsApiMinusStoreAtEachPercentile() {
        SeriesResult api = new SeriesResult(Latencies.of(10_000_000, 20_000_000), 0, null, 1, 1);
        SeriesResult store = new SeriesResult(Latencies.of(4_000_000, 5_000_000), 0, null, 1, 1);
        EndpointResult result = new EndpointResult("GET /x", "/x", api, store, api, store, 1, 0,
                OptionalDouble.empty());

        assertThat(result.overheadP50Millis()).isEqualTo(6.0);
        assertThat(result.overheadP99Millis()).isEqualTo(15.0);
        assertThat(LoadReport.table(java.util.List.of(result)))
                .contains("| `GET /x` | 2 | 10.0 | 20.0 | 4.0 | 5.0 | 6.0 | 15.0 |")
                .contains("| 1.00 | n/a | 0.00 |");
    }

    @Test
    void theFunctionsCountIsTheMeanOfItsRequestLines() {
        String log = """
                {"message":"GET /filings/a 200 3 ms dynamo=1"}
                {"message":"something else"}
                {"message":"GET /filings?form=8-K 200 9 ms dynamo=8"}
                """;

        assertThat(QueryFunctionLog.meanCalls(log)).hasValue(4.5);
        assertThat(QueryFunctionLog.meanCalls("no requests\n")).isEmpty();
    }
}
