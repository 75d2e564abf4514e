package dev.dynamicroutes.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Options validation and the paginator's contract with a fetcher supplied through the public API. */
class PaginationOptionsTest {

    @Test
    void defaultsAndValidation() {
        assertThat(PaginationOptions.defaults().pageSize()).isEqualTo(50);
        assertThat(PaginationOptions.defaults().maxPages()).isEqualTo(10_000);
        PaginationOptions options =
                PaginationOptions.builder().pageSize(7).maxPages(3).build();
        assertThat(options.pageSize()).isEqualTo(7);
        assertThat(options.maxPages()).isEqualTo(3);
        assertThat(options).hasToString("PaginationOptions{pageSize=7, maxPages=3}");
        assertThatThrownBy(() -> PaginationOptions.builder().pageSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pageSize");
        assertThatThrownBy(() -> PaginationOptions.builder().maxPages(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxPages");
    }

    @Test
    void fetcherFailureSurfacesAtThatPageAndTheNextIterationStartsOver() {
        List<Integer> asked = new ArrayList<>();
        RoutesPaginator paginator = RoutesPaginator.of(
                page -> {
                    asked.add(page);
                    throw new IllegalStateException("boom on page " + page);
                },
                PaginationOptions.builder().pageSize(1).build());

        assertThat(asked).isEmpty();
        assertThatThrownBy(() -> paginator.iterator().hasNext()).hasMessage("boom on page 1");
        assertThatThrownBy(() -> paginator.stream().count()).hasMessage("boom on page 1");
        assertThat(asked).containsExactly(1, 1);
    }
}
