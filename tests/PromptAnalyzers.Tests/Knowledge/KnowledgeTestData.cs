namespace PromptAnalyzers.Tests.Knowledge;

/// <summary>A small store's knowledge base in seven languages and questions labelled with the text that answers them.</summary>
public static class KnowledgeTestData
{
    public static readonly (string File, string Content)[] Files =
    [
        ("store/shipping.md", """
            # Shipping

            Standard delivery takes 3-5 business days and costs $4.99.

            Orders over $50 ship free within the continental US.

            Express delivery arrives the next business day and costs $14.99 if you order before 2 pm EST.

            ## International

            We ship to Canada and Mexico only; customs duties are paid by the recipient.
            """),
        ("store/returns.md", """
            # Returns and refunds

            - Items can be returned within 30 days in their original packaging.
            - Sale items are final and cannot be returned.
            - Refunds are issued to the original payment method within 5 business days after we receive the item.
            """),
        ("store/plans.md", """
            # Membership plans

            | Plan | Price | Seats |
            | --- | --- | --- |
            | Basic | $9/month | 1 |
            | Pro | $49/month | 10 |
            | Enterprise | $199/month | unlimited |

            Members earn 2 points per dollar spent; 100 points are worth $1.
            """),
        ("store/contact.md", """
            # Contact

            Email support@shopwave.example for help with an order.

            Our phone line +1 800 555 0199 is open Monday to Friday, 9:00-17:00 EST.

            The flagship store is at 12 Harbor Street, Portland.
            """),
        ("de/versand.md", """
            # Versand

            Die Lieferung nach Deutschland dauert 2-4 Werktage und kostet 5,90 €.

            # Rückgabe

            Rücksendungen sind innerhalb von 14 Tagen kostenlos möglich.
            """),
        ("es/envios.md", """
            # Envíos

            El envío a España tarda de 3 a 6 días laborables y cuesta 6,50 €.

            # Devoluciones

            Las devoluciones son gratuitas durante 30 días.
            """),
        ("fr/livraison.md", """
            # Livraison

            La livraison en France prend 2 à 5 jours ouvrés et coûte 4,90 €.

            # Retours

            Les retours sont acceptés pendant 15 jours après réception.
            """),
        ("it/spedizione.md", """
            # Spedizione

            La spedizione in Italia richiede 3-5 giorni lavorativi e costa 7 €.

            Il servizio clienti risponde dal lunedì al venerdì.
            """),
        ("pt/entrega.md", """
            # Entrega

            A entrega em Portugal demora 4 a 7 dias úteis e custa 5 €.

            Devoluções são aceites no prazo de 14 dias.
            """),
        ("ru/dostavka.md", """
            # Доставка

            Доставка по России занимает от 5 до 10 рабочих дней и стоит 490 рублей.

            # Возврат

            Возврат товара возможен в течение 14 дней после получения.
            """),
    ];

    /// <summary>A question and a piece of text only the chunk that answers it contains.</summary>
    public static readonly (string Question, string Answer)[] Questions =
    [
        ("How long does standard delivery take?", "Standard delivery takes 3-5 business days"),
        ("Is shipping free for large orders?", "Orders over $50 ship free"),
        ("How much is express shipping?", "costs $14.99"),
        ("Do you ship internationally, for example to Canada?", "Canada and Mexico"),
        ("Can I return an item after three weeks?", "within 30 days"),
        ("Can I return a sale item?", "Sale items are final"),
        ("When will my refund arrive?", "Refunds are issued"),
        ("What does the Pro plan cost?", "| Pro | $49/month"),
        ("How many seats does the Enterprise plan include?", "| Enterprise |"),
        ("How many points do members earn?", "2 points per dollar"),
        ("What is your support email address?", "support@shopwave.example"),
        ("What is your phone number and when is the line open?", "+1 800 555 0199"),
        ("Where is the flagship store?", "12 Harbor Street"),
        ("Wie lange dauert die Lieferung nach Deutschland?", "2-4 Werktage"),
        ("Ist die Rückgabe kostenlos?", "Rücksendungen"),
        ("¿Cuánto cuesta el envío a España?", "6,50 €"),
        ("¿Puedo hacer devoluciones?", "Las devoluciones"),
        ("Combien coûte la livraison en France ?", "4,90 €"),
        ("Pendant combien de jours les retours sont-ils acceptés ?", "15 jours"),
        ("Quanto costa la spedizione in Italia?", "costa 7 €"),
        ("Quando risponde il servizio clienti?", "lunedì al venerdì"),
        ("Quanto tempo demora a entrega em Portugal?", "4 a 7 dias"),
        ("Сколько стоит доставка по России?", "490 рублей"),
        ("Можно ли вернуть товар?", "Возврат товара"),
    ];
}
