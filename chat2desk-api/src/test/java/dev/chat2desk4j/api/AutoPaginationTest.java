package dev.chat2desk4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AutoPaginationTest {

  @Test
  void allClients_10050Clients_streamsEveryClientOnceInOrder() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(10_050);

    List<Long> ids = chat2desk.allClients().map(Client::id).collect(Collectors.toList());

    assertThat(ids).hasSize(10_050);
    assertThat(ids.get(0)).isEqualTo(1);
    assertThat(ids.get(10_049)).isEqualTo(10_050);
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void allClients_10050Clients_fetchesEachPageOnceAndStopsAtTotal() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(10_050);

    long count = chat2desk.allClients().count();

    assertThat(count).isEqualTo(10_050);
    assertThat(chat2desk.requests).hasSize(51).doesNotHaveDuplicates();
    assertThat(chat2desk.requests).allSatisfy(r -> assertThat(r.limit()).isEqualTo(200));
    assertThat(chat2desk.requests.get(50).offset()).isEqualTo(10_000);
  }

  @Test
  void allClients_totalSmallerThanData_stopsAtTotal() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(1_000);
    chat2desk.reportedTotal = 450;

    long count = chat2desk.allClients().count();

    assertThat(count).isEqualTo(450);
    assertThat(chat2desk.requests).hasSize(3);
  }

  @Test
  void allClients_shortCircuitedStream_fetchesOnlyTheFirstPage() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(10_050);

    List<Client> firstFive = chat2desk.allClients().limit(5).toList();

    assertThat(firstFive).extracting(Client::id).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(chat2desk.requests).hasSize(1);
  }

  @Test
  void allClients_beforeConsumption_fetchesNothing() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(10_050);

    Stream<Client> stream = chat2desk.allClients();

    assertThat(chat2desk.requests).isEmpty();
    assertThat(stream.findFirst()).isPresent();
    assertThat(chat2desk.requests).hasSize(1);
  }

  @Test
  void allClients_emptyListing_fetchesOnePageAndEnds() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(0);

    assertThat(chat2desk.allClients().count()).isZero();
    assertThat(chat2desk.requests).hasSize(1);
  }

  @Test
  void allClients_serverShrinksWhilePaging_stopsAtTheFirstShortPage() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(500);
    chat2desk.reportedTotal = 5_000;

    assertThat(chat2desk.allClients().count()).isEqualTo(500);
    assertThat(chat2desk.requests).extracting(ListClients::offset).containsExactly(0, 200, 400);
  }

  @Test
  void allClients_serverShrinksToAFullPage_stopsAtTheFirstEmptyPage() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(400);
    chat2desk.reportedTotal = 5_000;

    assertThat(chat2desk.allClients().count()).isEqualTo(400);
    assertThat(chat2desk.requests).extracting(ListClients::offset).containsExactly(0, 200, 400);
  }

  @Test
  void allClients_noTotalInTheAnswers_pagesUntilTheShortPage() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(450);
    chat2desk.totalKnown = false;

    assertThat(chat2desk.allClients().count()).isEqualTo(450);
    assertThat(chat2desk.requests).extracting(ListClients::offset).containsExactly(0, 200, 400);
  }

  @Test
  void allClients_noTotalAndAnExactMultipleOfThePage_endsOnTheEmptyPage() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(400);
    chat2desk.totalKnown = false;

    assertThat(chat2desk.allClients().count()).isEqualTo(400);
    assertThat(chat2desk.requests).extracting(ListClients::offset).containsExactly(0, 200, 400);
  }

  @Test
  void allClients_serverAppliesASmallerLimit_pagesByTheAppliedLimit() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(250);
    chat2desk.totalKnown = false;
    chat2desk.appliedLimit = 100;

    assertThat(chat2desk.allClients().count()).isEqualTo(250);
    assertThat(chat2desk.requests).extracting(ListClients::offset).containsExactly(0, 100, 200);
  }

  @Test
  void allClients_holdsOnePageAtATime_fetchingTheNextOnlyAfterTheLastItemIsUsed() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(10_050);
    Iterator<Client> clients = chat2desk.allClients().iterator();

    for (int i = 0; i < 200; i++) {
      clients.next();
    }
    WeakReference<List<Client>> firstPage = new WeakReference<>(chat2desk.lastPageItems);
    chat2desk.lastPageItems = null;

    assertThat(chat2desk.requests).hasSize(1);
    assertThat(clients.next().id()).isEqualTo(201);
    assertThat(chat2desk.requests).hasSize(2);
    assertThat(collected(firstPage)).as("the first page is unreachable").isTrue();
  }

  @Test
  void allMessages_and_allTransfers_pageThroughTheirOwnListings() {
    PagedChat2Desk chat2desk = new PagedChat2Desk(450);

    assertThat(chat2desk.allMessages(7).count()).isEqualTo(450);
    assertThat(chat2desk.allTransfers().count()).isEqualTo(450);
    assertThat(chat2desk.messageRequests)
        .extracting(ListMessages::offset)
        .containsExactly(0, 200, 400);
    assertThat(chat2desk.messageRequests).allSatisfy(r -> assertThat(r.clientId()).isEqualTo(7L));
  }

  private static boolean collected(WeakReference<?> reference) {
    // GC is a request, not a command: ask a few times before concluding the page is still held.
    for (int attempt = 0; attempt < 20 && reference.get() != null; attempt++) {
      System.gc();
      List<byte[]> pressure = new ArrayList<>();
      pressure.add(new byte[1 << 20]);
    }
    return reference.get() == null;
  }

  /** A listing of generated items served page by page, recording every request it gets. */
  private static final class PagedChat2Desk implements Chat2Desk {

    private final int size;
    long reportedTotal;
    boolean totalKnown = true;
    int appliedLimit = Integer.MAX_VALUE;
    final List<ListClients> requests = new ArrayList<>();
    final List<ListMessages> messageRequests = new ArrayList<>();
    List<Client> lastPageItems;

    PagedChat2Desk(int size) {
      this.size = size;
      this.reportedTotal = size;
    }

    @Override
    public Page<Client> listClients(ListClients request) {
      requests.add(request);
      List<Client> items = new ArrayList<>();
      int limit = Math.min(request.limit(), appliedLimit);
      long end = Math.min(Math.min(size, reportedTotal), (long) request.offset() + limit);
      for (long id = request.offset() + 1; id <= end; id++) {
        items.add(Client.of(id, "client " + id, null));
      }
      OptionalLong total = totalKnown ? OptionalLong.of(reportedTotal) : OptionalLong.empty();
      Page<Client> page = new Page<>(items, total, limit, request.offset());
      lastPageItems = page.items();
      return page;
    }

    @Override
    public Page<Message> listMessages(ListMessages request) {
      messageRequests.add(request);
      return listClients(ListClients.of().withOffset(request.offset()).withLimit(request.limit()))
          .map(
              c ->
                  new Message(
                      c.id(),
                      request.clientId(),
                      "m",
                      null,
                      null,
                      true,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null));
    }

    @Override
    public Page<Transfer> listTransfers(ListTransfers request) {
      return listClients(ListClients.of().withOffset(request.offset()).withLimit(request.limit()))
          .map(c -> new Transfer(c.id(), 1, c.id(), null, 2, null));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R execute(Chat2DeskRequest<R> request) {
      return (R)
          switch (request.operation()) {
            case LIST_CLIENTS -> listClients((ListClients) request);
            case LIST_MESSAGES -> listMessages((ListMessages) request);
            case LIST_TRANSFERS -> listTransfers((ListTransfers) request);
            default -> throw new UnsupportedOperationException("only listings are paged");
          };
    }

    @Override
    public Chat2Desk withToken(String token) {
      return this;
    }

    @Override
    public void close() {}
  }
}
