using PromptAnalyzers.Tests.Infrastructure;
using PromptAnalyzers.Text.Security;

namespace PromptAnalyzers.Tests.Text.Security;

/// <summary>
/// The personal-data scanner of PA4003. The numbers below are made up and carry valid check digits (computed for these tests);
/// none belongs to a real person.
/// </summary>
public sealed class PersonalDataScannerTests
{
    [Theory]
    [InlineData("Sure, I've updated the contact to maria.keller@gmx.de for you.", "maria.keller@gmx.de", PersonalDataKind.Email)]
    [InlineData("You can reach Tom on +44 7911 123456 after six.", "+44 7911 123456", PersonalDataKind.Phone)]
    [InlineData("My number is (415) 867-2391, call me back.", "(415) 867-2391", PersonalDataKind.Phone)]
    [InlineData("The card on file is 4539 1488 0343 6467, expiring 09/27.", "4539 1488 0343 6467", PersonalDataKind.PaymentCard)]
    [InlineData("Charge 5204-2178-9355-1013 for the order.", "5204-2178-9355-1013", PersonalDataKind.PaymentCard)]
    [InlineData("Amex 371449635398431 was declined.", "371449635398431", PersonalDataKind.PaymentCard)]
    [InlineData("Refund to DE68 3704 0044 0532 0130 87 please.", "DE68 3704 0044 0532 0130 87", PersonalDataKind.Iban)]
    [InlineData("IBAN: FR1420041010050500013M02606", "FR1420041010050500013M02606", PersonalDataKind.Iban)]
    [InlineData("Her SSN is 536-22-1847.", "536-22-1847", PersonalDataKind.NationalId)]
    [InlineData("SSN 536221847 on the form", "536221847", PersonalDataKind.NationalId)]
    [InlineData("National Insurance: JG 10 37 59 A", "JG 10 37 59 A", PersonalDataKind.NationalId)]
    [InlineData("Meine Steuer-ID ist 65418379263.", "65418379263", PersonalDataKind.NationalId)]
    [InlineData("Numéro de sécurité sociale : 1 85 05 78 006 084 91", "1 85 05 78 006 084 91", PersonalDataKind.NationalId)]
    [InlineData("Mi DNI es 48291736Q.", "48291736Q", PersonalDataKind.NationalId)]
    [InlineData("NIE Y4827163Y, residente en Madrid", "Y4827163Y", PersonalDataKind.NationalId)]
    [InlineData("Codice fiscale BNCLRA90A41F205I", "BNCLRA90A41F205I", PersonalDataKind.NationalId)]
    [InlineData("Meu CPF é 714.602.381-84.", "714.602.381-84", PersonalDataKind.NationalId)]
    public void Each_kind_is_found_at_its_span(string text, string value, PersonalDataKind kind)
    {
        var finding = Assert.Single(PersonalDataScanner.Scan(text));

        Assert.Equal(kind, finding.Kind);
        Assert.Equal(value, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Ship it to Jane Miller, 14 Mill Street, Leeds LS1 4AB.")]
    [InlineData("Please send the replacement to Mrs Patel at 22 Baker Street, London.")]
    [InlineData("My name is Lukas Berger and I live at Hauptstraße 5, 10115 Berlin.")]
    public void A_street_address_next_to_a_persons_name_is_found(string text)
    {
        Assert.Contains(PersonalDataScanner.Scan(text), f => f.Kind == PersonalDataKind.Address);
    }

    [Theory]
    [InlineData("Our head office is at 14 Mill Street, Leeds.")]
    [InlineData("Contoso Ltd, 1 Harbour Road, Bristol BS1 5TT")]
    [InlineData("Hello [your name], your order ships to [street address].")]
    public void An_address_without_a_person_is_not_personal_data(string text)
    {
        Assert.DoesNotContain(PersonalDataScanner.Scan(text), f => f.Kind == PersonalDataKind.Address);
    }

    [Theory]
    [InlineData("Write to jane@example.com or support@mail.example.")]
    [InlineData("Test accounts: qa@shop.test, bot@relay.invalid, admin@localhost")]
    [InlineData("Dear [your name], we will contact you at [EMAIL] or [PHONE].")]
    [InlineData("The card ending **** 1234 was charged.")]
    [InlineData("Card: XXXX-XXXX-XXXX-4821, IBAN: DE** **** **** **** **12 34")]
    [InlineData("Your SSN ***-**-6789 is on file.")]
    [InlineData("Use the test card 4111 1111 1111 1111 or 4242 4242 4242 4242.")]
    [InlineData("The card 4539 1488 0343 6468 fails its check digit.")]
    [InlineData("IBAN DE68 3704 0044 0532 0130 88 has a wrong checksum.")]
    [InlineData("Call the fictional 555-0142 or (212) 555-0199.")]
    [InlineData("SSN 000-12-3456 and 666-45-1234 and 912-34-5678 are never issued; 123-45-6789 is the usual sample.")]
    [InlineData("Order 123456789 ships on 2024-05-01; invoice #20240117 is paid.")]
    [InlineData("DNI 48291736A has the wrong letter.")]
    [InlineData("Format: AAA-GG-SSSS for an SSN, +CC NNN NNN NNNN for a phone.")]
    [InlineData("The model has 175000000000 parameters and a 128000 token window.")]
    [InlineData("American Dental Association, Current Dental Terminology 2011-2012, glossary.")]
    [InlineData("See https://www.wsj.com/articles/web-plans-hit-snags-1471193165 for the story.")]
    [InlineData("Administrative Procedure Act, 5 U.S.C. §§ 701-706 (2006), resulting in orders")]
    [InlineData("<gadget id=\"calculator\">(22/25) / (11/50)</gadget> and 2400+0.06(2400+x) = 29900/3200")]
    public void Placeholders_masked_test_and_invalid_values_are_clean(string text)
    {
        Assert.Empty(PersonalDataScanner.Scan(text));
    }

    [Fact]
    public void Several_kinds_in_one_text_are_each_found_once()
    {
        var findings = PersonalDataScanner.Scan("Customer maria.keller@gmx.de, phone +49 170 3849215, card 4539148803436467.");

        Assert.Equal(
            PersonalDataKind.Email | PersonalDataKind.Phone | PersonalDataKind.PaymentCard,
            PersonalDataScanner.KindsOf(findings));
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void Giant_and_odd_input_is_scanned_without_hanging_or_throwing()
    {
        string[] pieces =
        {
            new string('7', 300_000), string.Concat(Enumerable.Repeat("1 ", 150_000)), string.Concat(Enumerable.Repeat("DE00 ", 60_000)),
            string.Concat(Enumerable.Repeat("a@b.", 60_000)), string.Concat(Enumerable.Repeat("Mr Street 1 ", 20_000)), "\uD800\uFFFF\0\u2028",
        };

        foreach (string piece in pieces)
        {
            HangGuard.Run(() => PersonalDataScanner.Scan(piece), "scanning " + piece[..Math.Min(12, piece.Length)]);
        }

        Assert.Empty(PersonalDataScanner.Scan(null));
        Assert.Empty(PersonalDataScanner.Scan(string.Empty));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PersonalDataScanner.Scan(new string('7', 300_000), cancellation.Token));
    }
}
