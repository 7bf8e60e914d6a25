using System;
using System.Collections.Generic;

namespace PromptAnalyzers.Text.Security;

/// <summary>The kinds of personal data PA4003 recognises in fine-tuning examples.</summary>
[Flags]
public enum PersonalDataKind
{
    None = 0,
    Email = 1,
    Phone = 2,
    PaymentCard = 4,
    Iban = 8,
    NationalId = 16,
    Address = 32,
}

/// <summary>How a message names each kind, and the mask that replaces it.</summary>
public static class PersonalDataKinds
{
    private static readonly PersonalDataKind[] Order =
    {
        PersonalDataKind.Email, PersonalDataKind.Phone, PersonalDataKind.PaymentCard, PersonalDataKind.Iban, PersonalDataKind.NationalId, PersonalDataKind.Address,
    };

    /// <summary>The single kinds in <paramref name="kinds"/>, in a fixed order.</summary>
    public static IEnumerable<PersonalDataKind> Each(PersonalDataKind kinds)
    {
        foreach (PersonalDataKind kind in Order)
        {
            if ((kinds & kind) != 0)
            {
                yield return kind;
            }
        }
    }

    public static string Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Email => "an e-mail address",
        PersonalDataKind.Phone => "a phone number",
        PersonalDataKind.PaymentCard => "a payment card number",
        PersonalDataKind.Iban => "an IBAN",
        PersonalDataKind.NationalId => "a national ID or tax number",
        PersonalDataKind.Address => "a person's street address",
        _ => "personal data",
    };

    /// <summary>The placeholder a masked dataset uses instead: [EMAIL], [PHONE]...</summary>
    public static string Mask(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Email => "[EMAIL]",
        PersonalDataKind.Phone => "[PHONE]",
        PersonalDataKind.PaymentCard => "[CARD]",
        PersonalDataKind.Iban => "[IBAN]",
        PersonalDataKind.NationalId => "[ID]",
        PersonalDataKind.Address => "[ADDRESS]",
        _ => "[REDACTED]",
    };
}
